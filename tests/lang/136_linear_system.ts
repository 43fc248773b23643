// Solving linear systems with Gaussian elimination and partial pivoting; matrix inverse check.
function solve(A: number[][], b: number[]): number[] | null {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r][col]) > Math.abs(M[piv][col])) piv = r;
    if (Math.abs(M[piv][col]) < 1e-12) return null;
    [M[col], M[piv]] = [M[piv], M[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = M[r][col] / M[col][col];
      for (let c = col; c <= n; c++) M[r][c] -= f * M[col][c];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}
function inverse(A: number[][]): number[][] | null {
  const n = A.length;
  const cols: number[][] = [];
  for (let j = 0; j < n; j++) {
    const e = Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
    const x = solve(A, e);
    if (!x) return null;
    cols.push(x);
  }
  return cols[0].map((_, i) => cols.map((c) => c[i]));
}
const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0;
const A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]];
const b = [8, -11, -3];
console.log("solution:", solve(A, b)?.map(round));
console.log("singular:", solve([[1, 2], [2, 4]], [3, 6]));
const inv = inverse(A);
console.log("inverse:", inv?.map((r) => r.map(round)));
if (inv) {
  const prod = A.map((row) => inv[0].map((_, j) => round(row.reduce((s, v, k) => s + v * inv[k][j], 0))));
  console.log("A * inv(A):", prod);
}
const hilbert = Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => 1 / (i + j + 1)));
const ones = hilbert.map((row) => row.reduce((s, v) => s + v, 0));
console.log("hilbert solve (should be ones):", solve(hilbert, ones)?.map((x) => x.toFixed(8)));
const xs = [1, 2, 3, 4, 5];
const ys = [2.2, 4.1, 6.2, 7.9, 10.1];
const n = xs.length;
const sx = xs.reduce((a, v) => a + v, 0);
const sxx = xs.reduce((a, v) => a + v * v, 0);
const sy = ys.reduce((a, v) => a + v, 0);
const sxy = xs.reduce((a, v, i) => a + v * ys[i], 0);
const fit = solve([[n, sx], [sx, sxx]], [sy, sxy]);
console.log("least squares intercept/slope:", fit?.map((v) => v.toFixed(4)));
