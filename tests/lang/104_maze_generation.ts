// Deterministic maze generation (randomized DFS with an LCG) and BFS solving, rendered in ASCII.
const W = 8;
const H = 6;
let seed = 2024;
function rand(n: number): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed % n;
}
// walls: for each cell, bit 1 = east wall, bit 2 = south wall
const walls: number[] = Array.from({ length: W * H }, () => 3);
const visited: boolean[] = Array.from({ length: W * H }, () => false);
const stack: number[] = [0];
visited[0] = true;
while (stack.length) {
  const cur = stack[stack.length - 1];
  const x = cur % W;
  const y = Math.floor(cur / W);
  const options: [number, string][] = [];
  if (x + 1 < W && !visited[cur + 1]) options.push([cur + 1, "E"]);
  if (x > 0 && !visited[cur - 1]) options.push([cur - 1, "W"]);
  if (y + 1 < H && !visited[cur + W]) options.push([cur + W, "S"]);
  if (y > 0 && !visited[cur - W]) options.push([cur - W, "N"]);
  if (options.length === 0) {
    stack.pop();
    continue;
  }
  const [next, dir] = options[rand(options.length)];
  if (dir === "E") walls[cur] &= ~1;
  if (dir === "W") walls[next] &= ~1;
  if (dir === "S") walls[cur] &= ~2;
  if (dir === "N") walls[next] &= ~2;
  visited[next] = true;
  stack.push(next);
}

function neighbours(c: number): number[] {
  const x = c % W;
  const out: number[] = [];
  if (x + 1 < W && !(walls[c] & 1)) out.push(c + 1);
  if (x > 0 && !(walls[c - 1] & 1)) out.push(c - 1);
  if (c + W < W * H && !(walls[c] & 2)) out.push(c + W);
  if (c - W >= 0 && !(walls[c - W] & 2)) out.push(c - W);
  return out;
}
const prev = new Map<number, number>([[0, -1]]);
const queue = [0];
while (queue.length) {
  const c = queue.shift()!;
  for (const n of neighbours(c)) if (!prev.has(n)) { prev.set(n, c); queue.push(n); }
}
const onPath = new Set<number>();
for (let c = W * H - 1; c !== -1; c = prev.get(c)!) onPath.add(c);

const lines = ["+" + "---+".repeat(W)];
for (let y = 0; y < H; y++) {
  let row = "|";
  let bottom = "+";
  for (let x = 0; x < W; x++) {
    const c = y * W + x;
    row += (onPath.has(c) ? " * " : "   ") + (walls[c] & 1 ? "|" : " ");
    bottom += (walls[c] & 2 ? "---" : "   ") + "+";
  }
  lines.push(row, bottom);
}
console.log(lines.join("\n"));
console.log("path length:", onPath.size, "reachable:", prev.size, "of", W * H);
console.log(walls);
