// Closures and exceptions: captured variables changed in try are seen in catch and finally.
function makeCounter(limit: number): { next: () => number; resets: () => number } {
  let value = 0;
  let resets = 0;
  return {
    next: () => {
      try {
        value++;
        if (value > limit) throw new RangeError("over " + limit);
        return value;
      } catch (e) {
        resets++;
        value = 0;
        return -1;
      }
    },
    resets: () => resets,
  };
}

const c = makeCounter(2);
const got: number[] = [];
for (let i = 0; i < 7; i++) got.push(c.next());
console.log(got.join(","), "resets", c.resets());

function collect(): string[] {
  const handlers: (() => string)[] = [];
  let shared = "start";
  for (let i = 0; i < 3; i++) {
    try {
      shared = shared + i;
      handlers.push(() => shared + "@" + i);
      if (i === 1) throw new Error("one");
    } catch (e) {
      handlers.push(() => "from catch " + (e as Error).message + " " + shared);
    } finally {
      shared += "f";
    }
  }
  return handlers.map((h) => h());
}
console.log(collect());

// a callback that throws, called from a closure that catches
function guard(fn: (x: number) => number): (x: number) => string {
  return (x) => {
    try {
      return "ok " + fn(x);
    } catch (e) {
      return "guarded " + String(e);
    }
  };
}
const safeSqrt = guard((x) => {
  if (x < 0) throw new RangeError("negative " + x);
  return Math.sqrt(x);
});
console.log(safeSqrt(16), safeSqrt(-4), safeSqrt(2.25));
