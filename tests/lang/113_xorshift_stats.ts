// Deterministic PRNGs (xorshift32, mulberry32, LCG) with simple statistics and a shuffle.
function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const xs = xorshift32(123456789);
console.log(Array.from({ length: 6 }, () => xs()));
const mb = mulberry32(42);
const floats = Array.from({ length: 1000 }, () => mb());
console.log(floats.slice(0, 4));
const mean = floats.reduce((a, b) => a + b, 0) / floats.length;
const variance = floats.reduce((a, b) => a + (b - mean) ** 2, 0) / floats.length;
console.log("mean", mean.toFixed(4), "variance", variance.toFixed(4), "min", Math.min(...floats).toFixed(6), "max", Math.max(...floats).toFixed(6));
const buckets = Array.from({ length: 10 }, () => 0);
for (const f of floats) buckets[Math.floor(f * 10)]++;
console.log(buckets);
for (let i = 0; i < 10; i++) console.log(`${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)} ${"#".repeat(Math.round(buckets[i] / 5))}`);

function shuffle<T>(arr: T[], rnd: () => number): T[] {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const deck = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"].flatMap((r) => ["s", "h"].map((s) => r + s));
const shuffled = shuffle(deck, mulberry32(7));
console.log(shuffled.join(" "));
console.log("same multiset:", shuffled.slice().sort().join() === deck.slice().sort().join());
let lcg = 1;
const lcgOut: number[] = [];
for (let i = 0; i < 8; i++) {
  lcg = (lcg * 48271) % 2147483647;
  lcgOut.push(lcg);
}
console.log(lcgOut);
