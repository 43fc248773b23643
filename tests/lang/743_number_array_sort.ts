// Sorting doubles: the default string order, comparators, -0, NaN, infinities and holes.

const xs = [3, -0, 0, NaN, -Infinity, 10, 1e21, 2.5, -1, Infinity, NaN, 0.1];
console.log(xs.slice().sort());
// with NaN a comparator is inconsistent and the order is the engine's own: leave it out
const ys = xs.filter((x) => !Number.isNaN(x));
console.log(ys.slice().sort((a, b) => a - b));
console.log(ys.slice().sort((a, b) => b - a));
console.log(ys.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
const zs = [0, -0, 0, -0].sort((a, b) => a - b);
console.log(zs.map((z) => 1 / z));
const withHoles = new Array<number>(6);
withHoles[1] = 5;
withHoles[4] = -2;
console.log(withHoles.sort((a, b) => a - b), withHoles.length);
// a comparator that returns NaN or non-numbers keeps the order stable
console.log([5, 1, 4].sort(() => NaN), [2, 1, 3].sort((a, b) => (a > b ? 1 : -1)));
const big: number[] = [];
for (let i = 0; i < 120; i++) big.push(((i * 7919) % 101) - 50.5);
big.sort((a, b) => a - b);
console.log(big);
console.log(big.slice(0, 3), big[119], big.indexOf(-50.5), big.lastIndexOf(49.5));
