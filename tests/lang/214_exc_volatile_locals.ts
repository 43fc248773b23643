// Locals assigned inside try and read after a throw: numbers, booleans, strings, arrays, objects.
function run(failAt: number): string {
  let count = 0;
  let flag = false;
  let text = "";
  let list: number[] = [];
  let obj = { name: "none", size: 0 };
  let maybe: string | undefined;
  try {
    for (let i = 0; i < 5; i++) {
      count += 1;
      flag = !flag;
      text += String.fromCharCode(97 + i);
      list = list.concat([i]);
      obj = { name: "step" + i, size: list.length };
      maybe = i % 2 === 0 ? "even" : undefined;
      if (i === failAt) throw new Error("stop at " + i);
    }
  } catch (e) {
    text = text + "!" + (e as Error).message;
  }
  return [count, flag, text, list.join("+"), obj.name, obj.size, maybe ?? "-"].join(" ");
}

for (const at of [0, 2, 4, 9]) console.log(run(at));

function withFinally(fail: boolean): string {
  let stage = "init";
  let n = 0;
  try {
    stage = "try";
    n = 1;
    if (fail) throw new TypeError("failing");
    stage = "try end";
    n = 2;
  } catch (e) {
    stage = stage + " > catch";
    n = n * 10;
    if (fail) {
      stage += " > rethrow";
    }
  } finally {
    stage += " > finally(" + n + ")";
  }
  return stage;
}
console.log(withFinally(false));
console.log(withFinally(true));

function parameters(a: number, s: string): string {
  try {
    a = a * 2;
    s = s + "-changed";
    throw new Error("x");
  } catch {
    return a + " " + s;
  }
}
console.log(parameters(21, "param"));

// destructuring assignment inside try
let first = 0;
let second = 0;
try {
  [first, second] = [1, 2];
  throw new Error("after destructuring");
} catch (e) {
  console.log("destructured", first, second);
}
