// A tour of Math functions with rounding edge cases printed with toFixed and raw values.
const xs = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999, -0.4, 7.000001];
console.log("x      round  floor  ceil  trunc  sign");
for (const x of xs) {
  console.log([x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x)].map((v) => String(v).padEnd(6)).join(" "));
}
console.log(Math.round(-0.4), Math.round(0.49999999999999994), Math.trunc(-0.9), Math.sign(-0));
console.log(Math.abs(-7.25), Math.abs(-0), Math.sqrt(2), Math.sqrt(-1), Math.cbrt(-27), Math.hypot(3, 4, 12));
console.log(Math.pow(2, 10), 2 ** -1, Math.pow(-8, 1 / 3), (-8) ** 2, Math.pow(0, 0), Math.pow(NaN, 0));
console.log(Math.exp(1) === Math.E, Math.log(Math.E), Math.log10(1000), Math.log2(1024), Math.log1p(0), Math.expm1(0));
console.log(Math.log(0), Math.log(-1), Math.max(1, NaN, 3), Math.min(-0, 0), Math.max(-0, 0));
const angles = [0, 30, 45, 60, 90, 180, 270, 360];
for (const deg of angles) {
  const r = (deg * Math.PI) / 180;
  console.log(String(deg).padStart(3), Math.sin(r).toFixed(6).padStart(10), Math.cos(r).toFixed(6).padStart(10), Math.tan(r).toFixed(4).padStart(22));
}
console.log(Math.atan2(1, 1), Math.atan2(-1, -1), Math.atan2(0, -0), Math.asin(1), Math.acos(-1), Math.atan(Infinity));
console.log([Math.sinh(1), Math.cosh(1), Math.tanh(100), Math.asinh(1), Math.acosh(1), Math.atanh(0.5)].map((v) => v.toFixed(12)));
console.log(Math.fround(5.5), Math.fround(5.05), Math.imul(0xffffffff, 5), Math.clz32(1000));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT1_2, Math.SQRT2);

function stddev(a: number[]): number {
  const mean = a.reduce((s, v) => s + v, 0) / a.length;
  return Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
}
const data = [2, 4, 4, 4, 5, 5, 7, 9];
console.log("stddev:", stddev(data), "mean:", data.reduce((a, b) => a + b) / data.length);
function roundTo(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}
console.log([1.005, 2.675, 1.45, -1.45, 123.4567].map((v) => roundTo(v, 2)));
console.log([1.005, 2.675, 1.45, -1.45, 123.4567].map((v) => v.toFixed(2)));
