// Iteration: for-of, keys/values/entries, and the callback methods.
const a = Int8Array.of(3, -1, 4, -1, 5);
let s = "";
for (const x of a) s += x + ";";
console.log(s);
for (const [i, v] of a.entries()) if (v < 0) console.log("negative at", i);
console.log([...a.keys()], [...a.values()]);
a.forEach((v, i) => {
  if (i % 2 === 0) console.log(i, v);
});
const doubled = a.map((v) => v * 100);
console.log(doubled, doubled.BYTES_PER_ELEMENT);
const pos = a.filter((v) => v > 0);
console.log(pos, pos.length);
console.log(a.reduce((acc, v) => acc + v, 0), a.reduce((acc, v) => Math.max(acc, v)));
console.log(a.reduceRight((acc, v) => acc + "," + v, ""));
console.log(a.some((v) => v > 4), a.every((v) => v > -2), a.find((v) => v > 3), a.findIndex((v) => v === -1));
console.log(a.find((v) => v > 100), a.findIndex((v) => v > 100));
const f = new Float64Array([0.5, 0.25]);
let total = 0;
for (const x of f) total += x;
console.log(total, Array.from(f), Array.from(f.keys()));
const u = new Uint16Array(3);
for (const i of u.keys()) u[i] = (i + 1) * 1000;
console.log(u);
