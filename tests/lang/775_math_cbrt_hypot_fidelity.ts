// Math.cbrt and Math.hypot print node's digits; the functions passed as
// values print the same as when called directly.
let seed = 0x27d4eb2f;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const cubes = [0, -0, 5e-324, 2.2250738585072014e-308, 1e-300, 1e-10, 0.001, 0.125, 1, 2, 3, 8, 27, -27, 64, 100, 1000, 1e9, 1e300, Number.MAX_VALUE, Infinity, -Infinity, NaN];
for (const x of cubes) console.log("cbrt", x, Math.cbrt(x), Math.cbrt(-x));
for (let n = 1; n <= 40; n++) console.log("cube", n, Math.cbrt(n * n * n), Math.cbrt(n), Math.cbrt(n / 10));
for (let i = 0; i < 80; i++) {
  const x = (random() - 0.5) * 2 ** (random() * 80 - 40);
  console.log("r", x, Math.cbrt(x));
}

console.log(Math.hypot(), Math.hypot(3), Math.hypot(-3), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(-0), Math.hypot(0, -0));
console.log(Math.hypot(NaN, Infinity), Math.hypot(Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(1e300, 1e300), Math.hypot(1e-300, 1e-300), Math.hypot(5e-324, 5e-324));
const parts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(Math.hypot(...parts), Math.hypot(...parts.map((p) => p / 7)));
for (let i = 0; i < 80; i++) {
  const a = (random() - 0.5) * 1000;
  const b = (random() - 0.5) * 10;
  const c = random() * 1e-3;
  console.log("h", a, b, c, Math.hypot(a, b), Math.hypot(a, b, c), Math.hypot(b, c));
}

const fs: [string, (x: number) => number][] = [
  ["sin", Math.sin],
  ["cos", Math.cos],
  ["tan", Math.tan],
  ["exp", Math.exp],
  ["log", Math.log],
  ["cbrt", Math.cbrt],
  ["atan", Math.atan],
  ["sinh", Math.sinh],
  ["log1p", Math.log1p],
];
const inputs = [0.1, 0.7, 1.3, 2.9, 12.5, 1e6];
for (const [name, f] of fs) console.log(name, inputs.map(f).join(" "));
console.log([2, 3, 10].map((b) => Math.pow(b, 0.3)), [1, 2].map((y) => Math.atan2(y, 3)));
