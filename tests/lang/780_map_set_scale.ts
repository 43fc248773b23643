// emu: host only (100k Map entries need about 26 MB of heap; a device has 40-80 KB)
// Map and Set at scale: 100k string and number keys, deletes of every third
// entry, re-insertion (which goes to the end), then order, sizes and sums.
const m = new Map<string, number>();
for (let i = 0; i < 100000; i++) m.set("key" + i, i);
console.log(m.size, m.get("key0"), m.get("key99999"), m.get("key100000"));
for (let i = 0; i < 100000; i += 3) m.delete("key" + i);
console.log(m.size, m.has("key0"), m.has("key1"), m.has("key3"));
for (let i = 0; i < 300; i += 3) m.set("key" + i, -i);
m.set("key1", 1000001); // an update keeps its place
let first = "";
let n = 0;
let sum = 0;
for (const [k, v] of m) {
  if (n < 5) first += k + "=" + v + " ";
  n++;
  sum = (sum + v * 7 + k.length) % 1000003;
}
console.log(first, n, sum);
const keys = [...m.keys()];
console.log(keys.slice(-3), keys.length);

const s = new Set<number>();
for (let i = 0; i < 100000; i++) s.add((i * 7919) % 100003);
for (let i = 0; i < 100003; i += 2) s.delete(i);
let t = 0;
let j = 0;
for (const x of s) t = (t + x * ++j) % 1000003;
console.log(s.size, t, s.has(1), s.has(2));

// grow, empty, grow again: the table is reused
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 50000; i++) m.set("r" + i, i);
  for (let i = 0; i < 50000; i++) m.delete("r" + i);
}
console.log(m.size, [...m.keys()].slice(0, 2));
m.clear();
m.set("after", 1);
console.log(m, m.size);
