// Math.sin, cos and tan print node's digits: small and huge arguments, and
// arguments next to multiples of pi/2, where the reduction cancels.
let seed = 0x2545f491;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const edges = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, 2 ** -28, 2 ** -27, 1e-8, 0.3, 0.5, 0.6744, 0.7853981633974483, 1, 2];
const big = [100, 1e5, 2 ** 19 * Math.PI, 1e6, 1e10, 1e15, 1e22, 2 ** 53, 1e100, 1e300, Number.MAX_VALUE, -1e22];
const special = [Infinity, -Infinity, NaN];

for (const x of [...edges, ...big, ...special]) console.log("x", x, Math.sin(x), Math.cos(x), Math.tan(x));

// k pi/2 and its neighbours: the double nearest pi/2 times k is not k pi/2
for (let k = 1; k <= 40; k++) {
  const x = (k * Math.PI) / 2;
  console.log("k", k, Math.sin(x), Math.cos(x), Math.tan(x), Math.sin(x * (1 + Number.EPSILON)), Math.cos(-x));
}

for (let i = 0; i < 120; i++) {
  const x = (random() - 0.5) * 20;
  console.log("r", x, Math.sin(x), Math.cos(x), Math.tan(x));
}
for (let i = 0; i < 60; i++) {
  const x = (random() - 0.5) * 2 ** (random() * 1000);
  console.log("w", x, Math.sin(x), Math.cos(x), Math.tan(x));
}

// degrees, as device code computes them
let sum = 0;
for (let deg = 0; deg <= 360; deg += 15) {
  const r = (deg * Math.PI) / 180;
  sum += Math.sin(r) * Math.cos(r);
  console.log("deg", deg, Math.sin(r), Math.cos(r), Math.tan(r));
}
console.log("sum", sum);
