// Matrix traversal: spiral order, rotation by 90 degrees, transpose in place, and diagonals.
function make(r: number, c: number): number[][] {
  return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => i * c + j + 1));
}
function spiral(m: number[][]): number[] {
  const out: number[] = [];
  let top = 0;
  let bottom = m.length - 1;
  let left = 0;
  let right = (m[0]?.length ?? 0) - 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) out.push(m[top][c]);
    top++;
    for (let r = top; r <= bottom; r++) out.push(m[r][right]);
    right--;
    if (top <= bottom) { for (let c = right; c >= left; c--) out.push(m[bottom][c]); bottom--; }
    if (left <= right) { for (let r = bottom; r >= top; r--) out.push(m[r][left]); left++; }
  }
  return out;
}
const rotate = (m: number[][]): number[][] => m[0].map((_, c) => m.map((row) => row[c]).reverse());
const show = (m: number[][]) => print(m.map((r) => r.map((v) => String(v).padStart(3)).join("")).join("\n"));
const a = make(4, 5);
show(a);
print("spiral:", spiral(a));
print("spiral 1x1:", spiral(make(1, 1)), "3x1:", spiral(make(3, 1)), "empty:", spiral([]));
const sq = make(4, 4);
let r = sq;
for (let k = 1; k <= 4; k++) {
  r = rotate(r);
  print(`rotation ${k * 90}:`);
  show(r);
}
print("back to start:", JSON.stringify(r) === JSON.stringify(sq));
for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) [sq[i][j], sq[j][i]] = [sq[j][i], sq[i][j]];
print("transposed in place:", sq);
print("main diagonal:", sq.map((row, i) => row[i]), "anti:", sq.map((row, i) => row[3 - i]));
