// Backtracking sudoku solver with candidate bitmasks, printing the board and search statistics.
const puzzle = [
  "53..7....",
  "6..195...",
  ".98....6.",
  "8...6...3",
  "4..8.3..1",
  "7...2...6",
  ".6....28.",
  "...419..5",
  "....8..79",
];
const board: number[] = [];
for (const row of puzzle) for (const c of row) board.push(c === "." ? 0 : Number(c));

let guesses = 0;
function candidates(b: number[], idx: number): number {
  const r = Math.floor(idx / 9);
  const c = idx % 9;
  let used = 0;
  for (let k = 0; k < 9; k++) {
    used |= 1 << b[r * 9 + k];
    used |= 1 << b[k * 9 + c];
    const br = 3 * Math.floor(r / 3) + Math.floor(k / 3);
    const bc = 3 * Math.floor(c / 3) + (k % 3);
    used |= 1 << b[br * 9 + bc];
  }
  return ~used & 0b1111111110;
}
function bitCount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}
function solve(b: number[]): boolean {
  let best = -1;
  let bestMask = 0;
  let bestCount = 10;
  for (let i = 0; i < 81; i++) {
    if (b[i] !== 0) continue;
    const m = candidates(b, i);
    const n = bitCount(m);
    if (n < bestCount) {
      best = i;
      bestMask = m;
      bestCount = n;
      if (n <= 1) break;
    }
  }
  if (best < 0) return true;
  for (let d = 1; d <= 9; d++) {
    if (!(bestMask & (1 << d))) continue;
    guesses++;
    b[best] = d;
    if (solve(b)) return true;
  }
  b[best] = 0;
  return false;
}
function show(b: number[]): void {
  for (let r = 0; r < 9; r++) {
    if (r % 3 === 0) console.log("+-------+-------+-------+");
    let line = "";
    for (let c = 0; c < 9; c++) line += (c % 3 === 0 ? "| " : "") + (b[r * 9 + c] || ".") + " ";
    console.log(line + "|");
  }
  console.log("+-------+-------+-------+");
}
show(board);
const ok = solve(board);
console.log("solved:", ok, "guesses:", guesses);
show(board);
const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8].every((r) => new Set(board.slice(r * 9, r * 9 + 9)).size === 9);
console.log("rows valid:", valid, "sum:", board.reduce((a, b) => a + b, 0));
