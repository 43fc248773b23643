// console.log formatting of special numbers inside and outside containers.
const specials = [0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53, -(2 ** 31), 123456789.125, 5e-324, 1.7976931348623157e308];
console.log(specials);
for (const n of specials) console.log(n, String(n), `${n}`, JSON.stringify(n));
console.log({ zero: 0, negZero: -0, nan: NaN, inf: Infinity });
console.log(-0, [-0], String(-0), (-0).toFixed(2), 1 / -0 === -Infinity, -0 === 0);
console.log(1e20, 1e21, 123e18, 1.5e-6, 1.5e-7, 0.000001, 1e-6, 100, 1e2);
console.log(2 ** 53 + 1, 2 ** 64, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE);
console.log(1 / 3, 2 / 3, 10 / 3, 100 / 7, 1e16 / 3);
console.log(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3 * 1.1, 4.35 * 100);
console.log([1.5, -2.25, 1e100, -1e-100]);
const floats: number[] = [];
for (let i = 1; i <= 9; i++) floats.push(i / 10);
console.log(floats);
console.log(floats.map((f) => f * 3));
console.log([NaN, undefined, null, -0, 0]);
console.log({ a: undefined, b: null, c: [undefined, null] });
console.log(123456789012345680000, 1234567890123456789012, 0.1e-5, 12e-8);

// Powers of ten crossing the exponential-notation thresholds
const pow10: number[] = [];
for (let e = -9; e <= 22; e += 3) pow10.push(10 ** e);
console.log(pow10);
for (const e of [-7, -6, 20, 21]) {
  const v = 1.25 * 10 ** e;
  console.log(e, v, -v, [v]);
}

// Accumulating 0.1 drifts away from exact decimals
let acc = 0;
const steps: number[] = [];
for (let i = 0; i < 10; i++) {
  acc += 0.1;
  steps.push(acc);
}
console.log(steps);
console.log(acc === 1, Math.abs(acc - 1) < Number.EPSILON, acc.toFixed(20));
const stats = { min: Math.min(...steps), max: Math.max(...steps), emptyMin: Math.min(), emptyMax: Math.max() };
console.log(stats);
