// MurmurHash3 (32-bit) implemented with Math.imul and unsigned shifts; bucket distribution check.
function murmur3(key: string, seed: number): number {
  let h = seed >>> 0;
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  const n = key.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    let k = (key.charCodeAt(i) & 0xff) | ((key.charCodeAt(i + 1) & 0xff) << 8) | ((key.charCodeAt(i + 2) & 0xff) << 16) | ((key.charCodeAt(i + 3) & 0xff) << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  switch (n & 3) {
    case 3: k ^= (key.charCodeAt(i + 2) & 0xff) << 16;
    case 2: k ^= (key.charCodeAt(i + 1) & 0xff) << 8;
    case 1:
      k ^= key.charCodeAt(i) & 0xff;
      k = Math.imul(k, c1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, c2);
      h ^= k;
  }
  h ^= n;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
for (const s of ["", "a", "ab", "abc", "abcd", "hello", "hello world", "The quick brown fox"]) {
  console.log(JSON.stringify(s).padEnd(22), murmur3(s, 0).toString(16).padStart(8, "0"), murmur3(s, 42));
}
const buckets = Array.from({ length: 8 }, () => 0);
for (let i = 0; i < 4000; i++) buckets[murmur3("key" + i, 7) & 7]++;
console.log(buckets, Math.max(...buckets) - Math.min(...buckets));
const seen = new Set<number>();
let collisions = 0;
for (let i = 0; i < 2000; i++) {
  const h = murmur3("item-" + i, 1) % 100000;
  if (seen.has(h)) collisions++;
  seen.add(h);
}
console.log("collisions mod 100000:", collisions);
