// Floating point arithmetic edge cases: precision loss, infinity arithmetic, integer overflow to float.
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(9007199254740992 + 1, 9007199254740992 + 2, 2 ** 53 - 1 + 2);
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity, -Infinity * -1, 1 / Infinity, -1 / Infinity);
console.log(0 / 0, 5 / 0, -5 / 0, 0 / -5, -0 + 0, -0 - 0, -0 * 5);
console.log(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2 ** 1024, 2 ** -1075);
console.log(0.1 * 0.1, 0.3 / 0.1, 1 - 0.9, 100 * 1.1, 1.15 * 100);

function factorial(n: number): number {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}
for (const n of [5, 10, 15, 18, 20, 21, 25, 50, 100, 170, 171]) console.log(`${n}! =`, factorial(n));

let sumUp = 0;
let sumDown = 0;
for (let i = 1; i <= 10000; i++) sumUp += 1 / i;
for (let i = 10000; i >= 1; i--) sumDown += 1 / i;
console.log("harmonic up:", sumUp, "down:", sumDown, "equal:", sumUp === sumDown);

// Kahan summation versus naive summation
let naive = 0;
let kahan = 0;
let comp = 0;
for (let i = 0; i < 100000; i++) {
  naive += 0.1;
  const y = 0.1 - comp;
  const t = kahan + y;
  comp = t - kahan - y;
  kahan = t;
}
console.log("naive:", naive, "kahan:", kahan);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE > 0, -Number.MIN_VALUE < 0);
console.log(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3), 0 ** 0, 0 ** -1, (-0) ** -1, (-2) ** 3);
let x = 1;
let steps = 0;
while (1 + x !== 1) {
  x /= 2;
  steps++;
}
console.log("machine epsilon found after", steps, "halvings:", x * 2, x * 2 === Number.EPSILON);
console.log(7 / 2, Math.floor(7 / 2), -7 / 2, Math.floor(-7 / 2), (-7 / 2) | 0, Math.trunc(-3.5));
console.log(1e21 + 1, 1e21 - 1e21, 123456789 * 987654321, (123456789 * 987654321) % 1000);
