// finally runs after the try block, after the catch block, and when nothing catches.
const log: string[] = [];

function step(name: string, fail: boolean): void {
  log.push("enter " + name);
  try {
    log.push("try " + name);
    if (fail) throw new Error(name + " failed");
    log.push("done " + name);
  } catch (e) {
    log.push("catch " + (e as Error).message);
  } finally {
    log.push("finally " + name);
  }
  log.push("leave " + name);
}

step("a", false);
step("b", true);
console.log(log.join("\n"));

function noCatch(fail: boolean): string {
  const out: string[] = [];
  try {
    try {
      out.push("inner try");
      if (fail) throw new RangeError("out of range");
      out.push("inner end");
    } finally {
      out.push("inner finally");
    }
    out.push("after inner");
  } catch (e) {
    out.push("outer catch " + String(e));
  }
  return out.join(" | ");
}
console.log(noCatch(false));
console.log(noCatch(true));

// the finally block sees the values the try and catch blocks left
let total = 0;
let label = "start";
for (let i = 0; i < 4; i++) {
  try {
    total += i;
    label = "try" + i;
    if (i % 2 === 1) throw new Error("odd " + i);
  } catch (e) {
    total += 100;
    label = label + "+catch";
  } finally {
    console.log("finally", i, total, label);
  }
}
