// Flood fill on a character grid, recursively and with an explicit queue; counting regions.
const map = [
  "##########",
  "#....#...#",
  "#.##.#.#.#",
  "#.#..#.#.#",
  "#.####.#.#",
  "#......#~#",
  "######.###",
  "#~~~~#...#",
  "#~~~~#.#.#",
  "##########",
];
const grid: string[][] = map.map((r) => r.split(""));
const H = grid.length;
const W = grid[0].length;

function fillRec(r: number, c: number, from: string, to: string): number {
  if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] !== from) return 0;
  grid[r][c] = to;
  return 1 + fillRec(r + 1, c, from, to) + fillRec(r - 1, c, from, to) + fillRec(r, c + 1, from, to) + fillRec(r, c - 1, from, to);
}

function fillQueue(g: string[][], r0: number, c0: number, to: string): number {
  const from = g[r0][c0];
  if (from === to) return 0;
  const q: [number, number][] = [[r0, c0]];
  g[r0][c0] = to;
  let n = 0;
  while (q.length) {
    const [r, c] = q.shift()!;
    n++;
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr >= 0 && nr < g.length && nc >= 0 && nc < g[0].length && g[nr][nc] === from) {
        g[nr][nc] = to;
        q.push([nr, nc]);
      }
    }
  }
  return n;
}

const show = (g: string[][]) => console.log(g.map((r) => r.join("")).join("\n"));
console.log("filled from (1,1):", fillRec(1, 1, ".", "a"));
show(grid);

const copy = map.map((r) => r.split(""));
let regions = 0;
const sizes: number[] = [];
const labels = "ABCDEFGHIJ";
for (let r = 0; r < H; r++) {
  for (let c = 0; c < W; c++) {
    if (copy[r][c] === "." || copy[r][c] === "~") {
      sizes.push(fillQueue(copy, r, c, labels[regions]));
      regions++;
    }
  }
}
console.log("regions:", regions, "sizes:", sizes);
show(copy);
console.log(fillQueue(copy, 0, 0, "#"), fillRec(0, 0, "x", "y"));
