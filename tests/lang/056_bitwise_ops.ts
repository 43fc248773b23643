// Integer and bitwise semantics: |0, >>>, <<, >>, ^, ~, & on negatives, large values and fractions.
const values = [0, 1, -1, 5, -5, 255, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 5, -(2 ** 31), 3.7, -3.7, 1e10, NaN, Infinity];
console.log("value".padStart(12), "|0".padStart(12), ">>>0".padStart(12), "~".padStart(12), "<<1".padStart(12), ">>1".padStart(12));
for (const v of values) {
  console.log(
    String(v).padStart(12),
    String(v | 0).padStart(12),
    String(v >>> 0).padStart(12),
    String(~v).padStart(12),
    String(v << 1).padStart(12),
    String(v >> 1).padStart(12),
  );
}
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 28, -16 >> 2, -16 >>> 2, 5 >>> 32);
console.log(0xff & -0xf0, 0b1010 | 0b0101, 0x5a ^ 0xff, ~~7.9, ~~-7.9, ~0, ~-1);

function popcount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
function reverseBits(n: number): number {
  let r = 0;
  for (let i = 0; i < 32; i++) {
    r = (r << 1) | (n & 1);
    n >>>= 1;
  }
  return r >>> 0;
}
for (const n of [0, 1, 7, 255, 0x80000000, -1, 0xdeadbeef]) {
  console.log(n, "pop", popcount(n), "rev", reverseBits(n).toString(16), "bin", (n >>> 0).toString(2).padStart(32, "0"));
}

let flags = 0;
const READ = 1 << 0;
const WRITE = 1 << 1;
const EXEC = 1 << 2;
flags |= READ | EXEC;
console.log(flags, (flags & WRITE) !== 0, (flags & EXEC) !== 0);
flags ^= EXEC;
flags |= WRITE;
flags &= ~READ;
console.log(flags.toString(2), flags);
let h = 0x811c9dc5;
for (const c of "hash me") {
  h ^= c.charCodeAt(0);
  h = Math.imul(h, 0x01000193);
}
console.log("fnv1a:", h >>> 0, (h >>> 0).toString(16), Math.clz32(1), Math.clz32(0), Math.clz32(-1));
let x = 10;
x <<= 3;
x >>= 1;
x ^= 0xf;
x >>>= 0;
console.log(x);
