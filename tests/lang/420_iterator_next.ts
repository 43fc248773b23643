// Iterators with .next(): map.keys(), map.values(), map.entries(), set.values(), array.entries();
// for...of and spread continue where next() left off.
const m = new Map<string, number>([
  ["a", 1],
  ["b", 2],
  ["c", 3],
  ["d", 4],
]);
const keys = m.keys();
console.log(keys.next());
console.log(keys.next().value);
for (const k of keys) {
  console.log("rest", k);
  if (k === "c") break;
}
console.log(keys.next(), keys.next());
const first = m.values().next().value;
console.log(first);
const entries = m.entries();
entries.next();
console.log([...entries]);
const s = new Set(["x", "y"]);
const it = s.values();
let r = it.next();
while (!r.done) {
  console.log("set", r.value);
  r = it.next();
}
const ai = ["p", "q", "r"].entries();
ai.next();
for (const [i, v] of ai) console.log(i, v);
const firstKey = new Map<number, string>().keys().next();
console.log(firstKey.done, firstKey.value);
for (const k of m.keys()) console.log("all", k);
