// Grids built the common ways: new Array(n).fill(x), Array.from({ length }), and a dynamic-programming table.
const rows = 4;
const cols = 5;
const grid: number[][] = new Array(rows).fill(0).map(() => new Array<number>(cols).fill(0));
grid[1][2] = 5;
grid[3][4] = 9;
console.log(grid);
const ids = Array.from({ length: 6 }, (_, i) => `id${i}`);
console.log(ids, Array.from({ length: 3 }));
function lcs(a: string, b: string): number {
  const dp: number[][] = new Array(a.length + 1);
  for (let i = 0; i <= a.length; i++) dp[i] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  return dp[a.length][b.length];
}
console.log(lcs("sensor", "sunset"), lcs("", "abc"), lcs("typescript", "javascript"));
const counts = new Array<number>(10).fill(0);
for (const d of "31415926535897932384") counts[Number(d)]++;
console.log(counts, counts.reduce((a, b) => a + b));
const flags = new Array<boolean>(8).fill(false, 0, 4).fill(true, 4);
console.log(flags);
const partial = new Array<string>(6).fill("-", 2, 4);
console.log(partial);
