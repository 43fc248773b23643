// Matrix multiplication, transpose, determinant by elimination, identity checks and powers.
type Matrix = number[][];

function mul(a: Matrix, b: Matrix): Matrix {
  const out: Matrix = [];
  for (let i = 0; i < a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < b[0].length; j++) {
      let s = 0;
      for (let k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      row.push(s);
    }
    out.push(row);
  }
  return out;
}
const transpose = (m: Matrix): Matrix => m[0].map((_, j) => m.map((row) => row[j]));
const identity = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

function det(m: Matrix): number {
  const a = m.map((r) => r.slice());
  const n = a.length;
  let d = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (a[pivot][col] === 0) return 0;
    if (pivot !== col) {
      [a[pivot], a[col]] = [a[col], a[pivot]];
      d = -d;
    }
    d *= a[col][col];
    for (let r = col + 1; r < n; r++) {
      const f = a[r][col] / a[col][col];
      for (let c = col; c < n; c++) a[r][c] -= f * a[col][c];
    }
  }
  return d;
}
function power(m: Matrix, e: number): Matrix {
  let result = identity(m.length);
  for (let i = 0; i < e; i++) result = mul(result, m);
  return result;
}
const fmt = (m: Matrix) => m.map((r) => r.map((v) => String(v).padStart(6)).join("")).join("\n");

const A: Matrix = [[1, 2, 3], [4, 5, 6]];
const B: Matrix = [[7, 8], [9, 10], [11, 12]];
console.log(fmt(mul(A, B)));
console.log(fmt(mul(B, A)));
console.log(transpose(A));
console.log(identity(4));
const C: Matrix = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]];
console.log("det C:", det(C), "det I:", det(identity(5)), "det singular:", det([[1, 2], [2, 4]]));
console.log("det 4x4:", det([[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]));
console.log(fmt(power([[1, 1], [1, 0]], 10)));
console.log(JSON.stringify(mul(C, identity(3))) === JSON.stringify(C));
const rot90: Matrix = [[0, -1], [1, 0]];
console.log(power(rot90, 2), power(rot90, 4));
const big = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => ((i + 1) * (j + 2)) % 7));
console.log(big);
console.log(mul(big, transpose(big)));
