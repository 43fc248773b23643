// Nested try statements; throws from inside catch and finally blocks reach the next try out.
function level(depth: number, failAt: number, trail: string[]): void {
  try {
    trail.push("in" + depth);
    if (depth === failAt) throw new Error("fail at " + depth);
    if (depth < 3) level(depth + 1, failAt, trail);
  } finally {
    trail.push("out" + depth);
  }
}

for (const failAt of [0, 2, 3, 9]) {
  const trail: string[] = [];
  try {
    level(0, failAt, trail);
    trail.push("ok");
  } catch (e) {
    trail.push("caught " + (e as Error).message);
  }
  console.log(trail.join(" "));
}

function fromCatch(): string {
  try {
    try {
      throw new TypeError("first");
    } catch (e) {
      throw new RangeError("second after " + (e as Error).message);
    }
  } catch (e) {
    return String(e);
  }
}
console.log(fromCatch());

function fromFinally(): string {
  const notes: string[] = [];
  try {
    try {
      throw new Error("original");
    } finally {
      notes.push("cleanup");
      throw new Error("from finally");
    }
  } catch (e) {
    notes.push((e as Error).message);
  }
  return notes.join(",");
}
console.log(fromFinally());

function catchInFinally(): string {
  let result = "none";
  try {
    result = "try";
  } finally {
    try {
      throw new SyntaxError("inside finally");
    } catch (e) {
      result += " then " + (e as Error).name;
    }
  }
  return result;
}
console.log(catchInFinally());

let depthReached = 0;
function tripleNested(): number {
  try {
    depthReached = 1;
    try {
      depthReached = 2;
      try {
        depthReached = 3;
        throw new EvalError("deep");
      } catch (e) {
        depthReached = 30;
        throw e;
      }
    } catch (e) {
      depthReached = 20 + depthReached;
      throw e;
    }
  } catch (e) {
    return depthReached * 10 + (e instanceof EvalError ? 1 : 0);
  }
}
console.log(tripleNested());
