// N-queens by backtracking with bitmasks and an explicit board printer.
function solveAll(n: number): number {
  let count = 0;
  const full = (1 << n) - 1;
  function place(cols: number, d1: number, d2: number): void {
    if (cols === full) {
      count++;
      return;
    }
    let avail = full & ~(cols | d1 | d2);
    while (avail) {
      const bit = avail & -avail;
      avail -= bit;
      place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
  }
  place(0, 0, 0);
  return count;
}

function firstSolution(n: number): number[] | null {
  const pos: number[] = [];
  function safe(row: number, col: number): boolean {
    for (let r = 0; r < row; r++) {
      const c = pos[r];
      if (c === col || Math.abs(c - col) === row - r) return false;
    }
    return true;
  }
  function go(row: number): boolean {
    if (row === n) return true;
    for (let col = 0; col < n; col++) {
      if (safe(row, col)) {
        pos[row] = col;
        if (go(row + 1)) return true;
      }
    }
    return false;
  }
  return go(0) ? pos : null;
}

for (let n = 1; n <= 10; n++) console.log(`n=${n}`.padEnd(5), "solutions:", solveAll(n));
for (const n of [4, 6, 8]) {
  const sol = firstSolution(n);
  console.log(`first solution for ${n}:`, sol);
  if (sol) {
    for (const c of sol) console.log("  " + ".".repeat(c) + "Q" + ".".repeat(n - c - 1));
  }
}
console.log(firstSolution(3), firstSolution(2));
