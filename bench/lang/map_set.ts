// Map and Set: 1,000,000 operations on string keys, as a cache or a counter
// table does; prints the sizes and a checksum.

const counts = new Map<string, number>();
const seen = new Set<string>();
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  const key = "k" + (i % 250000);
  counts.set(key, (counts.get(key) ?? 0) + i);
  if (i % 3 === 0) seen.add(key);
}
for (let i = 0; i < 250000; i += 2) {
  if (counts.delete("k" + i)) sum++;
}
for (const [k, v] of counts) sum = (sum + v + k.length) % 1000000007;
console.log(counts.size, seen.size, sum);
