// for...of over a Map or Set, or its keys(), values() and entries(), is live
// as in node: entries deleted before the loop reaches them are skipped, entries
// added during the loop are visited, and the loop makes no copy of the table.
const m = new Map<number, string>([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
const seen: string[] = [];
for (const [k, v] of m) {
  seen.push(`${k}${v}`);
  if (k === 1) m.delete(3);
  if (k === 2) m.set(5, "e");
  if (k === 4) { m.delete(1); m.set(1, "again"); }
}
console.log(seen.join(" "), m.size, m);

const s = new Set<string>(["x", "y", "z"]);
const out: string[] = [];
for (const v of s) {
  out.push(v);
  if (v === "x") { s.delete("y"); s.add("w"); }
}
console.log(out.join(","), [...s]);

// keys(), values(), entries() in the loop head are live too
const keys: number[] = [];
for (const k of m.keys()) { keys.push(k); if (k === 2) m.delete(4); }
const values: string[] = [];
for (const v of m.values()) { values.push(v); if (v === "b") m.set(9, "z"); }
const entries: string[] = [];
for (const e of m.entries()) entries.push(`${e[0]}=${e[1]}`);
for (const [v1, v2] of s.entries()) entries.push(`${v1}/${v2}`);
console.log(keys, values, entries);

// destructuring forms: a default, a hole, a third element, a whole entry
const nums = new Map<string, number | undefined>([["a", 1], ["b", undefined]]);
for (const [k, v = 42] of nums) console.log(k, v);
for (const [, v] of nums) console.log("value", v);
for (const entry of nums) console.log(entry, Array.isArray(entry));
let lastKey = "";
let lastVal: number | undefined;
for ([lastKey, lastVal] of nums);
console.log(lastKey, lastVal);

// break, continue, return and a throw out of the loop end it cleanly; the table
// compacts again afterwards
const big = new Map<number, number>();
for (let i = 0; i < 1000; i++) big.set(i, i);
let visited = 0;
for (const [k] of big) {
  visited++;
  big.delete(k);
  if (k === 900) break;
}
function firstOver(limit: number): number {
  for (const [k, v] of big) {
    if (v > limit) return k;
  }
  return -1;
}
try {
  for (const k of big.keys()) {
    if (k > 950) throw new Error(`stop at ${k}`);
    if (k % 2) continue;
    big.delete(k);
  }
} catch (e) {
  console.log((e as Error).message);
}
for (let i = 0; i < 2000; i++) { big.set(i + 5000, i); big.delete(i + 5000); }
console.log(visited, big.size, firstOver(990), [...big.keys()].slice(0, 5));

// nested loops over the same map
const small = new Map<string, number>([["p", 1], ["q", 2]]);
const pairs: string[] = [];
for (const [a] of small) for (const [b] of small) pairs.push(a + b);
console.log(pairs.join(" "));

// clearing during the loop: the loop goes on with what is added after the clear
const d = new Map<string, number>([["p", 1], ["q", 2], ["r", 3]]);
const visits: string[] = [];
for (const [k] of d) {
  visits.push(k);
  if (k === "p") { d.clear(); d.set("new", 9); }
}
console.log(visits, d);
