// Math.asin, acos, atan and atan2 print node's digits, at the edges of each
// formula's interval (1/2, 0.975, 7/16, 11/16, 19/16, 39/16) and in between.
let seed = 0x6d2b79f5;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const unit = [0, -0, 5e-324, 1e-300, 2 ** -57, 2 ** -27, 1e-5, 0.1, 0.4375, 0.4999999999999999, 0.5, 0.6875, 0.9, 0.975, 0.9999999999999999, 1, -1, 1.0000000000000002, 2, Infinity, NaN];
for (const x of unit) console.log("unit", x, Math.asin(x), Math.acos(x), Math.asin(-x), Math.acos(-x));

const wide = [0.4375, 0.6875, 1.1875, 2.4375, 3, 10, 1e10, 2 ** 66, 1e300, Infinity, -Infinity, -0.5, -3, NaN];
for (const x of wide) console.log("atan", x, Math.atan(x));

for (let i = 0; i < 100; i++) {
  const x = random() * 2 - 1;
  console.log("r", x, Math.asin(x), Math.acos(x), Math.atan(x * 4));
}

const ys = [0, -0, 1, -1, 3, -2.5, 1e-300, 1e300, Infinity, -Infinity, NaN];
for (const y of ys) {
  const row = [];
  for (const x of ys) row.push(Math.atan2(y, x));
  console.log("atan2", y, row.join(" "));
}
console.log(Math.atan2(-0, 1), Math.atan2(-0, -1), Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(1e300, 1e-300), Math.atan2(1e-300, -1e300));
for (let i = 0; i < 80; i++) {
  const y = (random() - 0.5) * 100;
  const x = (random() - 0.5) * 100;
  console.log("a2", y, x, Math.atan2(y, x));
}
