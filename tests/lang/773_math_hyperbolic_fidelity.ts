// Math.sinh, cosh, tanh, asinh, acosh and atanh print node's digits, on both
// sides of each formula's switch-over (2^-28, ln2/2, 1, 2, 22, 2^28, 710.47).
let seed = 0x85ebca6b;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const xs = [0, -0, 5e-324, 1e-300, 2 ** -55, 2 ** -28, 1e-5, 0.3, 0.34657359027997264, 0.5, 0.9, 1, 1.5, 2, 2.5, 10, 21.99, 22, 100, 709.78, 710.47, 710.48, 2 ** 28, 2 ** 29, 1e300, Infinity, NaN];
for (const x of xs) {
  console.log("h", x, Math.sinh(x), Math.cosh(x), Math.tanh(x), Math.sinh(-x), Math.tanh(-x));
  console.log("a", x, Math.asinh(x), Math.asinh(-x), Math.acosh(x + 1), Math.acosh(x), Math.atanh(Math.min(x, 1)));
}
console.log(Math.acosh(1), Math.acosh(0.5), Math.atanh(1), Math.atanh(-1), Math.atanh(1.5), Math.atanh(-0), Math.atanh(0.5), Math.atanh(0.9999999999999999));

for (let i = 0; i < 100; i++) {
  const x = (random() - 0.5) * 2 ** (random() * 12 - 6);
  console.log("r", x, Math.sinh(x), Math.cosh(x), Math.tanh(x), Math.asinh(x), Math.acosh(1 + Math.abs(x)), Math.atanh(x / 64));
}
