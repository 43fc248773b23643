// Map and Set operations: insertion order, deletion, iteration, set algebra.
const m = new Map<string, number>();
m.set("one", 1).set("two", 2).set("three", 3);
m.set("two", 22);
console.log(m, m.size, m.get("two"), m.get("four"), m.has("one"));
console.log(m.delete("one"), m.delete("nope"), m.size);
m.set("one", 111);
console.log([...m.keys()], [...m.values()], [...m.entries()]);
m.forEach((v, k) => console.log(`  ${k} => ${v}`));

const byNumber = new Map<number, string>([[3, "c"], [1, "a"], [2, "b"]]);
for (const [k, v] of byNumber) console.log(k, v);
byNumber.clear();
console.log(byNumber, byNumber.size);

const a = new Set([1, 2, 3, 4, 5, 3, 1]);
const b = new Set([4, 5, 6, 7]);
console.log(a, a.size, b);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter((x) => b.has(x)));
const diff = new Set([...a].filter((x) => !b.has(x)));
const sym = new Set([...union].filter((x) => !inter.has(x)));
console.log({ union: [...union], inter: [...inter], diff: [...diff], sym: [...sym] });
a.add(10).add(1);
a.delete(2);
console.log([...a]);
let total = 0;
for (const x of a) total += x;
console.log("total", total);
a.forEach((v) => { if (v > 3) total -= v; });
console.log("after forEach", total);

const words = "to be or not to be that is the question".split(" ");
const unique = new Set(words);
console.log(unique.size, [...unique].join(","));
const firstSeen = new Map<string, number>();
words.forEach((w, i) => { if (!firstSeen.has(w)) firstSeen.set(w, i); });
console.log(firstSeen);
const nanSet = new Set([NaN, NaN, 0, -0]);
console.log(nanSet.size, nanSet.has(NaN), [...nanSet]);
const objKeys = new Map<object, string>();
const k1 = { id: 1 };
objKeys.set(k1, "first").set({ id: 1 }, "second");
console.log(objKeys.size, objKeys.get(k1), objKeys);
console.log(new Map(), new Set(), new Set(["a"]));
