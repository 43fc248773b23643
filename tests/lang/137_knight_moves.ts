// Knight moves on a chessboard: BFS distances from a square, and a Warnsdorff knight's tour.
const N = 8;
const moves: [number, number][] = [[1, 2], [2, 1], [2, -1], [1, -2], [-1, -2], [-2, -1], [-2, 1], [-1, 2]];
const name = (r: number, c: number) => String.fromCharCode(97 + c) + (r + 1);
function distances(sr: number, sc: number): number[][] {
  const d = Array.from({ length: N }, () => Array.from({ length: N }, () => -1));
  d[sr][sc] = 0;
  const q: [number, number][] = [[sr, sc]];
  for (let h = 0; h < q.length; h++) {
    const [r, c] = q[h];
    for (const [dr, dc] of moves) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr >= 0 && nr < N && nc >= 0 && nc < N && d[nr][nc] < 0) {
        d[nr][nc] = d[r][c] + 1;
        q.push([nr, nc]);
      }
    }
  }
  return d;
}
const d = distances(0, 0);
for (let r = N - 1; r >= 0; r--) console.log(`${r + 1} ` + d[r].join(" "));
console.log("  " + "abcdefgh".split("").join(" "));
console.log("a1 -> h8:", d[7][7], "max:", Math.max(...d.flat()));

function tour(sr: number, sc: number): number[][] | null {
  const b = Array.from({ length: N }, () => Array.from({ length: N }, () => 0));
  let r = sr;
  let c = sc;
  b[r][c] = 1;
  const degree = (r0: number, c0: number) => moves.filter(([dr, dc]) => { const a = r0 + dr; const e = c0 + dc; return a >= 0 && a < N && e >= 0 && e < N && b[a][e] === 0; }).length;
  for (let step = 2; step <= N * N; step++) {
    let best: [number, number] | null = null;
    let bestDeg = 9;
    for (const [dr, dc] of moves) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr < 0 || nr >= N || nc < 0 || nc >= N || b[nr][nc] !== 0) continue;
      const dg = degree(nr, nc);
      if (dg < bestDeg) { bestDeg = dg; best = [nr, nc]; }
    }
    if (!best) return null;
    [r, c] = best;
    b[r][c] = step;
  }
  return b;
}
const t = tour(0, 0);
if (t) {
  for (let r = N - 1; r >= 0; r--) console.log(t[r].map((v) => String(v).padStart(3)).join(""));
  const path: string[] = [];
  for (let k = 1; k <= 6; k++) for (let r = 0; r < N; r++) for (let c = 0; c < N; c++) if (t[r][c] === k) path.push(name(r, c));
  console.log("starts:", path.join(" "));
} else console.log("tour failed");
