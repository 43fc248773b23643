// The sign of zero through the integer fast paths: %, *, unary -, Math.round/trunc and friends.
const zeros = [-0, 0];
const divisors = [1, 2, 5, -3, 0.5, Infinity];
const sign = (x: number) => (x === 0 && 1 / x < 0 ? "-0" : String(x));
for (const z of zeros) console.log(divisors.map((d) => sign(z % d)).join(" "));
for (const x of [-4, -6, 4, -2.5, -1e21]) console.log(x, sign(x % 2), sign(x % -2), sign(x % 4));
let acc = -8;
acc %= 4;
console.log(sign(acc), sign(-0 * 5), sign(0 * -5), sign(-(0)), sign(-0 + 0), sign(-0 - 0));
console.log(sign(Math.round(-0.4)), sign(Math.trunc(-0.5)), sign(Math.ceil(-0.5)), sign(Math.floor(-0)));
console.log(sign(-0 | 0), sign(~~-0), sign(-0 >> 0), sign(-0 >>> 0), sign(Math.min(0, -0)), sign(Math.max(-0, 0)));
console.log(JSON.stringify([-0, 0 * -1]), String(-0), `${-0}`, (-0).toFixed(1), [-0], { z: -0 });
let i = -3;
i %= 3;
console.log(sign(i), 1 / i);
