// Dijkstra's shortest paths on a weighted directed graph with a simple array-based frontier.
interface Edge {
  to: string;
  w: number;
}
const graph: Record<string, Edge[]> = {
  home: [{ to: "park", w: 4 }, { to: "shop", w: 2 }],
  shop: [{ to: "park", w: 1 }, { to: "bank", w: 7 }, { to: "school", w: 8 }],
  park: [{ to: "bank", w: 3 }, { to: "lake", w: 10 }],
  bank: [{ to: "school", w: 1 }, { to: "lake", w: 4 }],
  school: [{ to: "lake", w: 2 }],
  lake: [],
  island: [{ to: "home", w: 1 }],
};

function dijkstra(src: string): { dist: Map<string, number>; prev: Map<string, string> } {
  const dist = new Map<string, number>();
  const prev = new Map<string, string>();
  for (const k of Object.keys(graph)) dist.set(k, Infinity);
  dist.set(src, 0);
  const done = new Set<string>();
  for (;;) {
    let u: string | undefined;
    let best = Infinity;
    for (const [k, d] of dist) {
      if (!done.has(k) && d < best) {
        best = d;
        u = k;
      }
    }
    if (u === undefined) break;
    done.add(u);
    for (const { to, w } of graph[u]) {
      const nd = best + w;
      if (nd < dist.get(to)!) {
        dist.set(to, nd);
        prev.set(to, u);
      }
    }
  }
  return { dist, prev };
}

const { dist, prev } = dijkstra("home");
for (const [node, d] of dist) {
  const path: string[] = [];
  if (d !== Infinity) {
    for (let n: string | undefined = node; n !== undefined; n = prev.get(n)) path.unshift(n);
  }
  console.log(node.padEnd(7), String(d).padStart(8), path.join(" -> ") || "(unreachable)");
}
console.log(dist);
const fromIsland = dijkstra("island").dist;
console.log([...fromIsland.entries()].map(([k, v]) => `${k}=${v}`).join(" "));

// Grid shortest path with weights from a digit map
const terrain = ["1163751", "1381373", "2136511", "3694931", "7463417"];
const R = terrain.length;
const C = terrain[0].length;
const best: number[][] = terrain.map((row) => row.split("").map(() => Infinity));
best[0][0] = 0;
let frontier: [number, number][] = [[0, 0]];
while (frontier.length) {
  const next: [number, number][] = [];
  for (const [r, c] of frontier) {
    for (const [dr, dc] of [[0, 1], [1, 0], [0, -1], [-1, 0]]) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr < 0 || nc < 0 || nr >= R || nc >= C) continue;
      const cost = best[r][c] + Number(terrain[nr][nc]);
      if (cost < best[nr][nc]) {
        best[nr][nc] = cost;
        next.push([nr, nc]);
      }
    }
  }
  frontier = next;
}
console.log("grid cost:", best[R - 1][C - 1]);
console.log(best.map((row) => row.map((v) => String(v).padStart(3)).join("")).join("\n"));
