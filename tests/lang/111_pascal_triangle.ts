// Pascal's triangle, binomial coefficients, and Sierpinski pattern from parity.
const rows: number[][] = [[1]];
for (let n = 1; n < 16; n++) {
  const prev = rows[n - 1];
  const row = [1];
  for (let k = 1; k < n; k++) row.push(prev[k - 1] + prev[k]);
  row.push(1);
  rows.push(row);
}
const width = rows[9].join(" ").length;
for (const r of rows.slice(0, 10)) {
  const s = r.join(" ");
  console.log(" ".repeat(Math.floor((width - s.length) / 2)) + s);
}
console.log(rows[15]);
console.log("row sums:", rows.map((r) => r.reduce((a, b) => a + b, 0)));

function binom(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  k = Math.min(k, n - n + k, n - k);
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
console.log([binom(10, 3), binom(20, 10), binom(52, 5), binom(30, 15), binom(5, 7), binom(60, 30)]);
console.log("matches triangle:", rows.every((r, n) => r.every((v, k) => v === binom(n, k))));
for (const r of rows) console.log(r.map((v) => (v % 2 ? "*" : " ")).join(" ").trimEnd());
const catalan = Array.from({ length: 12 }, (_, n) => binom(2 * n, n) / (n + 1));
console.log("catalan:", catalan);
const fibFromDiagonals = Array.from({ length: 12 }, (_, n) => {
  let s = 0;
  for (let k = 0; k <= n - k; k++) s += rows[n - k][k];
  return s;
});
console.log("fibonacci from shallow diagonals:", fibFromDiagonals);
