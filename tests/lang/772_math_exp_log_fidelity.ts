// Math.exp, expm1, log, log2, log10 and log1p print node's digits: around 0
// and 1, at overflow and underflow, and for powers of two and ten.
let seed = 0x1b873593;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const xs = [0, -0, 5e-324, 1e-300, 2 ** -54, 2 ** -28, 1e-10, 0.3465, 0.5, 1, 1.0397, 2, 10, 22, 56 * Math.LN2, 100, 700, 709.782712893384, 709.79, -708, -745.1332191019411, -745.14, -800, Infinity, -Infinity, NaN];
for (const x of xs) console.log("exp", x, Math.exp(x), Math.expm1(x), Math.exp(-x), Math.expm1(-x));

const ps = [0, -0, 5e-324, 2.2250738585072014e-308, 1e-300, 0.5, 0.7071067811865476, 0.9999999999999999, 1, 1.0000000000000002, 1.5, Math.E, 3, 8, 10, 1000, 1e22, 2 ** 1023, Number.MAX_VALUE, Infinity, -1, -Infinity, NaN];
for (const x of ps) console.log("log", x, Math.log(x), Math.log2(x), Math.log10(x), Math.log1p(x), Math.log1p(-x / 2));

for (let e = -20; e <= 22; e++) console.log("pow10", e, Math.log10(10 ** e), Math.log2(2 ** (e * 3)), Math.log(10 ** e));

for (let i = 0; i < 80; i++) {
  const x = (random() - 0.5) * 60;
  console.log("r", x, Math.exp(x), Math.expm1(x / 30));
}
for (let i = 0; i < 80; i++) {
  const x = random() * 2 ** (random() * 200 - 100);
  console.log("l", x, Math.log(x), Math.log2(x), Math.log10(x), Math.log1p(x));
}
for (let i = 0; i < 40; i++) {
  const x = 1 + (random() - 0.5) * 2 ** -(random() * 40);
  console.log("one", x, Math.log(x), Math.log2(x), Math.log10(x), Math.log1p(x - 1));
}
// a sensor's exponential moving average, as device code would write it
let avg = 20;
for (let t = 1; t <= 10; t++) {
  avg += (1 - Math.exp(-t / 8)) * (25 - avg);
  console.log("ema", t, avg);
}
