// forEach is live, as in node: it sees entries added during the loop, skips
// entries deleted before they are reached, and an entry deleted and re-added
// moves to the end (visited again).
const m = new Map<number, string>([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
const seen: string[] = [];
m.forEach((v, k) => {
  seen.push(`${k}${v}`);
  if (k === 1) m.delete(3);
  if (k === 2) m.set(5, "e");
  if (k === 4) { m.delete(1); m.set(1, "again"); }
  if (k === 1 && v === "again") m.set(6, "f");
});
console.log(seen.join(" "), m.size, m);

const s = new Set<string>(["x", "y", "z"]);
const out: string[] = [];
s.forEach((v) => {
  out.push(v);
  if (v === "x") { s.delete("y"); s.add("w"); }
  if (v === "w" && out.length < 10) { s.delete("x"); s.add("x"); }
});
console.log(out.join(","), [...s]);

// delete everything while iterating, then add: the loop goes on with the new entries
const d = new Map<string, number>([["p", 1], ["q", 2], ["r", 3]]);
const visits: string[] = [];
d.forEach((_v, k) => {
  visits.push(k);
  if (k === "p") { d.clear(); d.set("new", 9); }
});
console.log(visits, d);

// many deletes during one forEach (the table compacts only when no loop runs)
const big = new Map<number, number>();
for (let i = 0; i < 1000; i++) big.set(i, i);
let count = 0;
big.forEach((_v, k) => {
  count++;
  if (k % 2 === 0) big.delete(k + 1);
  if (k < 50) big.set(1000 + k, k);
});
console.log(count, big.size, [...big.keys()].slice(-3));
