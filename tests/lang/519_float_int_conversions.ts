// Element conversions at the edges: Float32 rounding, Int32/Uint32 wrap-around, fractions and infinities.
const f32 = new Float32Array(1);
for (const v of [0.1, 3.4028235e38, 3.5e38, 1e-46, 1.4e-45, -1e-50, 16777217, 0.5 + 2 ** -25]) {
  f32[0] = v;
  console.log(v, f32[0]);
}
const i32 = new Int32Array(1);
const u32 = new Uint32Array(1);
const i16 = new Int16Array(1);
const i8 = new Int8Array(1);
for (const v of [2 ** 31, 2 ** 32 + 1, -(2 ** 31) - 1, -0.9, 0.9, 1e20, -1e20, Infinity, NaN, 4294967295.5, -2.5]) {
  i32[0] = v;
  u32[0] = v;
  i16[0] = v;
  i8[0] = v;
  console.log(v, i32[0], u32[0], i16[0], i8[0]);
}
const f64 = Float64Array.of(Number.MAX_VALUE, Number.MIN_VALUE, -0, Number.EPSILON);
console.log(f64, 1 / f64[2]);
const mixed = new Float32Array([1, 2.5, -3.75]);
const ints = Int16Array.from(mixed);
console.log(ints, Float64Array.from(ints, (x) => x / 3));
