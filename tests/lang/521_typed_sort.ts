// sort: numeric by default (unlike arrays), -0 before 0, NaN last; with a comparator; reverse.
const f = new Float64Array([3, -1, NaN, 0, -0, 10, 2, -Infinity, 1e-3]);
console.log(f.sort(), 1 / f[2], 1 / f[3]);
const asArray = [3, 10, 2, 100];
console.log(asArray.sort(), new Uint8Array(asArray).sort());
const u = Uint16Array.of(5, 40, 3, 1000, 7);
console.log(u.sort((a, b) => b - a), u);
console.log(u.reverse());
const big = new Int32Array(50);
for (let i = 0; i < big.length; i++) big[i] = ((i * 7919) % 101) - 50;
big.sort();
let ordered = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ordered = false;
console.log(ordered, big[0], big[49], big.subarray(20, 26));
const byParity = Int8Array.of(1, 2, 3, 4, 5, 6).sort((a, b) => (a % 2) - (b % 2) || a - b);
console.log(byParity);
