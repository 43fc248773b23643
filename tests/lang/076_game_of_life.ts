// Conway's Game of Life on a toroidal grid with a glider and a blinker, printing generations.
const W = 12;
const H = 10;
type Grid = boolean[][];

function empty(): Grid {
  const g: Grid = [];
  for (let r = 0; r < H; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < W; c++) row.push(false);
    g.push(row);
  }
  return g;
}

function place(g: Grid, pattern: string[], top: number, left: number): void {
  pattern.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) if (line[c] === "#") g[(top + r) % H][(left + c) % W] = true;
  });
}

function neighbours(g: Grid, r: number, c: number): number {
  let n = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if (dr === 0 && dc === 0) continue;
      if (g[(r + dr + H) % H][(c + dc + W) % W]) n++;
    }
  }
  return n;
}

function step(g: Grid): Grid {
  const next = empty();
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) {
      const n = neighbours(g, r, c);
      next[r][c] = g[r][c] ? n === 2 || n === 3 : n === 3;
    }
  }
  return next;
}

const show = (g: Grid) => g.map((row) => row.map((x) => (x ? "#" : ".")).join("")).join("\n");
const population = (g: Grid) => g.reduce((s, row) => s + row.filter(Boolean).length, 0);

let g = empty();
place(g, [".#.", "..#", "###"], 0, 0);
place(g, ["###"], 6, 7);
place(g, ["##", "##"], 7, 1);
const pops: number[] = [];
for (let gen = 0; gen <= 8; gen++) {
  if (gen % 4 === 0) {
    console.log(`generation ${gen} population ${population(g)}`);
    console.log(show(g));
  }
  pops.push(population(g));
  g = step(g);
}
console.log("populations:", pops);
let h = g;
for (let i = 0; i < 40; i++) h = step(h);
console.log("after 48 more:", population(h));
console.log(show(h));
