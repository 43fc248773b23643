// Maps and sets whose first keys are all strings or all numbers, and whose
// values are all numbers, then get an entry of another type: every entry
// stays, in order, with its value, through deletes, clears, live loops and
// printing.

// string keys, number values; then an undefined value, an object value, a
// number key and an object key
const m = new Map<unknown, unknown>();
for (let i = 0; i < 20; i++) m.set("k" + i, i * 1.5);
m.delete("k3");
m.delete("k4");
m.set("k5", undefined);
console.log(m.size, m.get("k5"), m.has("k5"), m.get("k6"), m.get("k3"), m.get(6));
m.set("k6", { deep: [1, 2] });
console.log(m.get("k6"), m.get("k7"));
m.set(7, "seven");
m.set(-0, "zero");
const key = { id: 1 };
m.set(key, "object key");
console.log(m.size, m.get(7), m.get("7"), m.get(0), m.get(key), m.get("k19"));
m.delete("k0");
console.log([...m.keys()].slice(0, 4), [...m.values()].slice(-4));
console.log(m);

// number keys: NaN is one key, -0 is 0, deletes leave no trace
const byNum = new Map<number, number>();
byNum.set(NaN, 1).set(0 / 0, 2).set(-0, 3).set(0, 4).set(1e300, 5).set(-1.5, 6);
console.log(byNum.size, byNum.get(NaN), byNum.get(-0), byNum.get(1e300), byNum.has(-1.5));
console.log(byNum.delete(NaN), byNum.has(NaN), byNum.delete(NaN), byNum.size);
byNum.set(NaN, 7);
console.log([...byNum.entries()]);
for (let i = 0; i < 100; i++) byNum.set(i, i);
for (let i = 0; i < 100; i += 3) byNum.delete(i);
let total = 0;
byNum.forEach((v, k) => {
  total += v * 2 + (Number.isNaN(k) ? 1000 : k);
});
console.log(byNum.size, total);

// a string key into a map of numbers while a for...of runs over it
const live = new Map<unknown, number>([
  [1, 10],
  [2, 20],
  [3, 30],
]);
for (const [k, v] of live) {
  if (k === 2) {
    live.set("two", 22);
    live.delete(3);
  }
  console.log("live", k, v);
}
console.log(live);

// a value of another type during forEach, and clear in the middle
const counts = new Map<string, number | string>();
for (const w of "a b c a b a".split(" ")) counts.set(w, ((counts.get(w) as number) ?? 0) + 1);
counts.forEach((v, k, map) => {
  if (k === "a") map.set("b", "many");
  console.log("each", k, v);
});
console.log(counts);
counts.clear();
counts.set("x", 1);
console.log(counts, counts.get("a"));

// sets: strings, then a number and undefined; numbers, then a string
const names = new Set<unknown>(["ann", "bob", "cy"]);
names.delete("bob");
names.add(1).add(undefined).add("bob").add("ann");
console.log(names, names.has(undefined), names.has("1"), names.size);
const nums = new Set<unknown>([3, 1, NaN, -0]);
nums.add("3");
console.log(nums, nums.has(3), nums.has("3"), nums.has(0), nums.has(NaN));

// many entries with a mismatch late: growth and widening together
const big = new Map<unknown, unknown>();
for (let i = 0; i < 5000; i++) big.set("s" + i, i);
for (let i = 0; i < 5000; i += 2) big.delete("s" + i);
big.set(true, [1]);
big.set("s1", "one");
let sum = 0;
for (const [k, v] of big) if (typeof v === "number") sum += v + (k as string).length;
console.log(big.size, sum, big.get(true), big.get("s1"), big.get("s4999"));
