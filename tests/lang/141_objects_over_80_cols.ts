// console.log line-breaking behaviour: objects and arrays just under and over the 80-column limit.
function makeObj(n: number): Record<string, number> {
  const o: Record<string, number> = {};
  for (let i = 0; i < n; i++) o["key" + i] = i * 111;
  return o;
}
for (const n of [2, 4, 6, 7, 8, 10]) {
  console.log(`-- ${n} keys`);
  console.log(makeObj(n));
}
const people = [
  { first: "Ada", last: "Lovelace", born: 1815 },
  { first: "Charles", last: "Babbage", born: 1791 },
  { first: "Alan", last: "Turing", born: 1912 },
];
console.log(people);
console.log({ people });
console.log({ title: "A fairly long title string that goes on", subtitle: "and a subtitle", n: 1 });
const strs: string[] = [];
for (let i = 0; i < 8; i++) strs.push("item-" + "x".repeat(i));
console.log(strs);
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], name: "identity-ish", ok: true });
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log({ short: [1, 2], long: Array.from({ length: 30 }, (_, i) => i % 7), tail: "end" });
const nestedLong = { level1: { level2: { a: "aaaaaaaaaaaaaaaa", b: "bbbbbbbbbbbbbbbbbb", c: "cccccccccccccccccc" } } };
console.log(nestedLong);
console.log([["alpha", "beta"], ["gamma", "delta", "epsilon"], ["zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]]);
const mixed = { id: 7, tags: ["a", "b"], meta: { created: "2024-01-01", owner: "root" }, flags: [true, false, true] };
console.log(mixed);
console.log([mixed, mixed.meta]);
console.log("label:", { x: 1, y: 2 }, "and", [3, 4]);
