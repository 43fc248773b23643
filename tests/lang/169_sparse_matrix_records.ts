// Sparse matrices stored as Record<string, number> keyed by "r,c": add, multiply and print densely.
type Sparse = { rows: number; cols: number; data: Record<string, number> };
function fromDense(m: number[][]): Sparse {
  const data: Record<string, number> = {};
  m.forEach((row, r) => row.forEach((v, c) => { if (v !== 0) data[`${r},${c}`] = v; }));
  return { rows: m.length, cols: m[0].length, data };
}
function get(s: Sparse, r: number, c: number): number {
  return s.data[`${r},${c}`] ?? 0;
}
function addS(a: Sparse, b: Sparse): Sparse {
  const data: Record<string, number> = { ...a.data };
  for (const [k, v] of Object.entries(b.data)) {
    const sum = (data[k] ?? 0) + v;
    if (sum === 0) delete data[k];
    else data[k] = sum;
  }
  return { rows: a.rows, cols: a.cols, data };
}
function mulS(a: Sparse, b: Sparse): Sparse {
  const data: Record<string, number> = {};
  for (const [ka, va] of Object.entries(a.data)) {
    const [r, k] = ka.split(",").map(Number);
    for (let c = 0; c < b.cols; c++) {
      const vb = get(b, k, c);
      if (vb !== 0) data[`${r},${c}`] = (data[`${r},${c}`] ?? 0) + va * vb;
    }
  }
  return { rows: a.rows, cols: b.cols, data };
}
function dense(s: Sparse): string {
  const lines: string[] = [];
  for (let r = 0; r < s.rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < s.cols; c++) row.push(String(get(s, r, c)).padStart(4));
    lines.push(row.join(""));
  }
  return lines.join("\n");
}
const A = fromDense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0], [5, 0, 0, 6]]);
const B = fromDense([[0, 0, 0, -2], [7, 0, -3, 0], [0, 0, 0, 0], [0, 1, 0, 0]]);
console.log(A.data, Object.keys(A.data).length, "nonzeros");
console.log(dense(addS(A, B)));
console.log(addS(A, B).data);
const P = mulS(A, B);
console.log(dense(P));
console.log(P);
const density = (s: Sparse) => (Object.keys(s.data).length / (s.rows * s.cols)).toFixed(3);
console.log("densities:", density(A), density(B), density(P));
