// Array.prototype.sort is stable: check it on many records with heavy key duplication.
interface Rec {
  key: number;
  seq: number;
  label: string;
}
const recs: Rec[] = [];
let s = 5;
for (let i = 0; i < 200; i++) {
  s = (s * 109 + 89) % 251;
  recs.push({ key: s % 6, seq: i, label: String.fromCharCode(97 + (s % 26)) });
}
const byKey = recs.slice().sort((a, b) => a.key - b.key);
let stable = true;
for (let i = 1; i < byKey.length; i++) if (byKey[i - 1].key === byKey[i].key && byKey[i - 1].seq > byKey[i].seq) stable = false;
console.log("stable by key:", stable);
const counts = [0, 0, 0, 0, 0, 0];
for (const r of recs) counts[r.key]++;
console.log("counts:", counts);
console.log(byKey.slice(0, 12).map((r) => `${r.key}:${r.seq}`).join(" "));
const byLabelThenKey = recs.slice().sort((a, b) => a.key - b.key).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
console.log(byLabelThenKey.slice(0, 15).map((r) => r.label + r.key).join(" "));
let ordered = true;
for (let i = 1; i < byLabelThenKey.length; i++) {
  const p = byLabelThenKey[i - 1];
  const c = byLabelThenKey[i];
  if (p.label === c.label && p.key > c.key) ordered = false;
}
console.log("secondary order preserved:", ordered);
const strings = recs.slice(0, 30).map((r) => r.label + (r.seq % 3));
console.log(strings.slice().sort());
console.log(strings.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const reverseStable = recs.slice(0, 20).sort((a, b) => b.key - a.key);
console.log(reverseStable.map((r) => `${r.key}/${r.seq}`).join(" "));
