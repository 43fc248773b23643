// Bit operators and shifts chained on int32 values (results of other bit operators, integer
// counters, literals) against edge values: -0, NaN, infinities, fractions, values past 2^31 and
// 2^32, shift counts past 31 and negative, overflow of << and of a multiply folded with | 0.
const edges = [0, -0, 1, -1, 0.5, -0.5, 1.9, -1.9, NaN, Infinity, -Infinity, 2147483647, 2147483648, -2147483648,
  -2147483649, 4294967295, 4294967296, 4294967297, -4294967297, 1e10, -1e10, 2 ** 53, -(2 ** 53), 2 ** 53 + 2,
  1e300, 5e-324, 0x7fffffff, 0x80000000, 0xffffffff];
const counts = [0, 1, 7, 31, 32, 33, -1, -31, 0.9, NaN, 1e10, -2147483648];
const show = (xs: number[]): string => xs.map((x) => (Object.is(x, -0) ? "-0" : String(x))).join(" ");
for (const a of edges) {
  console.log(
    show([a | 0, a >>> 0, a >> 0, a << 0, ~a, ~~a, a ^ 0, a & -1, (a | 0) >>> 0, (a >>> 0) | 0, ~(a >>> 0)]),
    show([(a & 0xffff) << 16, ((a << 1) >> 1) ^ a, (a ^ 0x5a5a5a5a) >>> 3, ((a | 0) + 1) | 0]),
  );
  const row: number[] = [];
  for (const n of counts) row.push(a << n, a >> n, a >>> n, (a >>> n) << (n | 0), (a ^ n) & (n >> 1));
  console.log(show(row));
}
// a counter as an operand, past 2^31 and below -2^31
let total = 0;
for (let i = 2147483640; i < 2147483660; i++) total = (total + (i | 0) + (i >>> 3) + (i & 0xff) + (i << 2)) | 0;
for (let j = -2147483650; j > -2147483660; j--) total ^= (j >> 1) ^ (j >>> 0) ^ ~j;
console.log(total);
// hashing: (h ^ c) * 16777619 folded by Math.imul and | 0, as programs write it
let h = 2166136261 | 0;
for (let k = 0; k < 1000; k++) h = Math.imul(h ^ (k & 0xff), 16777619) >>> 0;
let acc = 0;
for (let k = 0; k < 1000; k++) acc = (acc + (h >>> (k & 31)) + (k << 29)) | 0;
console.log(h, acc, h | 0, (acc * 65599) | 0, (acc * acc) | 0);
// compound assignments
let x = -7.9;
x |= 0;
x <<= 30;
x >>= 31;
let y = 0xdeadbeef;
y >>>= 4;
y &= 0xfff0f;
y ^= -1;
console.log(x, y);
