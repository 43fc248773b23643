// How numbers convert to strings: shortest round-trip, exponent boundaries, and concatenation.
const cases = [
  0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100, 1e6, 123456789, 1234567890123456, 12345678901234567, 0.000001, 0.0000001,
  1e-10, 1.5e-9, 123e-20, 1e20, 1e21, 1.2345e21, 5e-324, 2 ** 31, 2 ** 32, 2 ** 63, 4.35, 0.57 * 100, 1.1 + 2.2,
];
for (const n of cases) console.log(String(n).padEnd(24), (-n).toString().padEnd(25), "" + n * 10);
console.log("concat:", 1 + "2", "3" + 4 + 5, 3 + 4 + "5", "x" + -0, "y" + [1, 2] + null + undefined + true);
console.log("numeric strings:", "10" < "9", 10 < 9, "abc" < "abd", "B" < "a", "10" === String(10));
const accum: string[] = [];
let x = 1;
for (let i = 0; i < 12; i++) {
  accum.push(String(x));
  x *= -7.5;
}
console.log(accum.join(" "));
let y = 1;
const halves: string[] = [];
for (let i = 0; i < 25; i += 3) {
  halves.push(`${y / 2 ** i}`);
}
console.log(halves.join(" "));
console.log([1e300 * 1e10, -1e300 * 1e10, 0 * -1, 1 / (0 * -1)].map(String));
console.log(Number("0.1") + Number("0.2"), (0.1).toFixed(20), (1e21).toFixed(2), (123.456).toString(10));
// Round trip: every printed number parses back to the same double
let roundTrips = 0;
for (const n of cases) if (Number(String(n)) === n) roundTrips++;
console.log("round trips:", roundTrips, "of", cases.length);
const thirds = [1, 2, 4, 5, 7, 8].map((k) => k / 3);
console.log(thirds, thirds.map((t) => t.toPrecision(3)));
console.log(cases.filter((n) => String(n).includes("e")).length, "use exponent notation");
