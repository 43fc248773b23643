// Math.pow and ** print node's digits: integer and fractional exponents,
// negative bases, signed zeros, infinities, NaN, overflow and underflow.
let seed = 0xc2b2ae35;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const special = [0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 2 ** 31, 2 ** 53, 2 ** 64 + 2 ** 12, Infinity, -Infinity, NaN];
for (const x of special) {
  const row = [];
  for (const y of special) row.push(Math.pow(x, y));
  console.log("pow", x, row.join(" "));
}
console.log(1 ** NaN, NaN ** 0, (-8) ** (1 / 3), (-0) ** -1, (-0) ** -2, 0 ** -1, (-Infinity) ** 3, (-Infinity) ** -3, (-Infinity) ** 0.5);

for (let b = -5; b <= 12; b++) {
  const row = [];
  for (let e = -4; e <= 12; e++) row.push(b ** e);
  console.log("int", b, row.join(" "));
}
for (let e = 0; e <= 60; e += 3) console.log("ten", e, 10 ** e, 10 ** -e, Math.pow(1.1, e * 10), Math.pow(0.9, e * 10));
console.log(2 ** 1023, 2 ** 1024, 2 ** -1074, 2 ** -1075, 1.0000001 ** 1e10, 0.9999999 ** 1e10, 1.5 ** 2000, (-1.5) ** 2001);

for (let i = 0; i < 120; i++) {
  const x = random() * 100;
  const y = (random() - 0.5) * 40;
  console.log("r", x, y, x ** y, Math.pow(-x, Math.round(y)), Math.pow(x, 0.5), Math.pow(x, 1 / 3));
}
for (let i = 0; i < 40; i++) {
  const x = 1 + (random() - 0.5) * 1e-6;
  const y = (random() - 0.5) * 2 ** 33;
  console.log("near1", x, y, x ** y);
}
// compound interest and decibels, as app code writes them
let amount = 1000;
for (let year = 1; year <= 5; year++) {
  amount = 1000 * (1 + 0.035 / 12) ** (12 * year);
  console.log("year", year, amount, 20 * Math.log10(amount / 1000), 10 ** (amount / 1e4));
}
