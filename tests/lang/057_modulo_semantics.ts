// The % operator on negative and fractional doubles, and floored modulo helpers.
const pairs: [number, number][] = [
  [7, 3], [-7, 3], [7, -3], [-7, -3], [5.5, 2], [-5.5, 2], [5, 2.5], [0.3, 0.1], [1, 0], [0, 5], [-0, 5],
  [Infinity, 2], [2, Infinity], [-2, Infinity], [1e17, 3], [2 ** 53, 10], [0.5, 0.25], [10, 0.3], [-1, 1],
];
function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
console.log("a".padStart(10), "n".padStart(10), "a % n".padStart(22), "floored".padStart(22));
for (const [a, n] of pairs) {
  console.log(String(a).padStart(10), String(n).padStart(10), String(a % n).padStart(22), String(mod(a, n)).padStart(22));
}
console.log(-1 % 1, 1 / (-1 % 1) === -Infinity, [-4 % 2, 4 % -2]);

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
for (const offset of [-15, -8, -1, 0, 6, 7, 100]) {
  console.log(`offset ${offset}: ${days[mod(3 + offset, 7)]}`);
}

function fmtDuration(seconds: number): string {
  const neg = seconds < 0;
  let s = Math.abs(seconds);
  const d = Math.floor(s / 86400);
  s %= 86400;
  const h = Math.floor(s / 3600);
  s %= 3600;
  const m = Math.floor(s / 60);
  s %= 60;
  return `${neg ? "-" : ""}${d}d ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${s.toFixed(1).padStart(4, "0")}`;
}
for (const t of [0, 59.95, 3661, 86399.5, 90061.25, -7322]) console.log(t, fmtDuration(t));
let wrap = 250;
const seq: number[] = [];
for (let i = 0; i < 10; i++) {
  wrap = (wrap + 3) % 256;
  seq.push(wrap);
}
console.log(seq);
console.log(13.5 % 4, -13.5 % 4, 13.5 % -4, 2.25 % 0.5, 7 % 7, 1.5 % 1);
