// Errors thrown inside callbacks of the library reach the caller's catch, and leave nothing behind.
const data = [5, 3, 8, 1, 9, 2];

function attempt(label: string, fn: () => unknown): void {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, "caught", String(e));
  }
}

attempt("forEach", () => {
  let seen = 0;
  data.forEach((x) => {
    if (x === 8) throw new Error("eight after " + seen);
    seen++;
  });
  return seen;
});
attempt("map", () =>
  data.map((x) => {
    if (x > 8) throw new SyntaxError("nine is too big");
    return x * 2;
  }),
);
attempt("map ok", () => data.map((x) => x * 2));
attempt("filter", () => data.filter((x) => {
  if (x === 1) throw new RangeError("one");
  return x > 2;
}));
attempt("sort", () => {
  const copy = data.slice();
  copy.sort((a, b) => {
    if (a === 9 || b === 9) throw new Error("nine");
    return a - b;
  });
  return copy;
});
attempt("sort ok", () => data.slice().sort((a, b) => a - b));
attempt("reduce", () => data.reduce((acc, x) => {
  if (acc > 15) throw new Error("too big at " + x);
  return acc + x;
}, 0));
attempt("find", () => data.find((x) => {
  if (x === 3) throw new TypeError("three");
  return false;
}));
attempt("some", () => data.some((x) => x > 100));
const m = new Map<string, number>([
  ["a", 1],
  ["b", 2],
]);
attempt("map forEach", () => {
  m.forEach((v, k) => {
    if (k === "b") throw new Error("key " + k + " value " + v);
  });
  return "done";
});
attempt("Array.from", () => Array.from({ length: 4 }, (_, i) => {
  if (i === 3) throw new Error("index 3");
  return i;
}));
attempt("after all", () => data.join("-"));
