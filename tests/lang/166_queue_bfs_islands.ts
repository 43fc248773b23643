// Counting islands, their sizes and perimeters on a character map using an index-based BFS queue.
const map = [
  "~~~~~~~~~~~~~~~~",
  "~##~~~~~###~~~~~",
  "~###~~~~#~#~~#~~",
  "~~#~~~~~###~~~~~",
  "~~~~~##~~~~~~~~~",
  "~#~~~####~~~##~~",
  "~#~~~~~#~~~~##~~",
  "~~~~~~~~~~~~~~~~",
];
const H = map.length;
const W = map[0].length;
const label: number[][] = map.map((row) => Array.from({ length: row.length }, () => 0));
interface Island { id: number; size: number; perimeter: number; top: number; left: number }
const islands: Island[] = [];
for (let r = 0; r < H; r++) {
  for (let c = 0; c < W; c++) {
    if (map[r][c] !== "#" || label[r][c]) continue;
    const id = islands.length + 1;
    const isl: Island = { id, size: 0, perimeter: 0, top: r, left: c };
    const queue: number[] = [r * W + c];
    label[r][c] = id;
    for (let h = 0; h < queue.length; h++) {
      const cr = Math.floor(queue[h] / W);
      const cc = queue[h] % W;
      isl.size++;
      isl.left = Math.min(isl.left, cc);
      for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const nr = cr + dr;
        const nc = cc + dc;
        if (nr < 0 || nc < 0 || nr >= H || nc >= W || map[nr][nc] !== "#") { isl.perimeter++; continue; }
        if (!label[nr][nc]) { label[nr][nc] = id; queue.push(nr * W + nc); }
      }
    }
    islands.push(isl);
  }
}
console.log(islands.length, "islands");
console.log(islands);
console.log(label.map((row) => row.map((v) => (v ? String(v) : ".")).join("")).join("\n"));
const biggest = islands.reduce((a, b) => (b.size > a.size ? b : a));
console.log("biggest:", biggest.id, "size", biggest.size, "lakes inside island 3:", map[2][9] === "~");
