// Graph traversal on an adjacency list: BFS shortest paths, recursive and iterative DFS, components.
const edges: [string, string][] = [
  ["A", "B"], ["A", "C"], ["B", "D"], ["C", "D"], ["D", "E"], ["E", "F"],
  ["G", "H"], ["H", "I"], ["I", "G"], ["J", "J"], ["C", "F"],
];
const adj = new Map<string, string[]>();
const addEdge = (u: string, v: string) => {
  if (!adj.has(u)) adj.set(u, []);
  if (!adj.has(v)) adj.set(v, []);
  adj.get(u)!.push(v);
  if (u !== v) adj.get(v)!.push(u);
};
for (const [u, v] of edges) addEdge(u, v);
for (const list of adj.values()) list.sort();
console.log(adj);

function bfs(start: string): { dist: Record<string, number>; prev: Record<string, string> } {
  const dist: Record<string, number> = { [start]: 0 };
  const prev: Record<string, string> = {};
  const queue = [start];
  let head = 0;
  while (head < queue.length) {
    const u = queue[head++];
    for (const v of adj.get(u) ?? []) {
      if (!(v in dist)) {
        dist[v] = dist[u] + 1;
        prev[v] = u;
        queue.push(v);
      }
    }
  }
  return { dist, prev };
}
const { dist, prev } = bfs("A");
console.log(dist);
function pathTo(t: string): string {
  const p = [t];
  while (p[0] in prev) p.unshift(prev[p[0]]);
  return p.join("->");
}
console.log(pathTo("F"), pathTo("E"), pathTo("A"));

const order: string[] = [];
const seen = new Set<string>();
function dfs(u: string, depth: number): void {
  seen.add(u);
  order.push(" ".repeat(depth) + u);
  for (const v of adj.get(u)!) if (!seen.has(v)) dfs(v, depth + 1);
}
dfs("A", 0);
console.log(order.join("\n"));

function dfsIter(start: string): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const u = stack.pop()!;
    if (visited.has(u)) continue;
    visited.add(u);
    out.push(u);
    const ns = adj.get(u)!;
    for (let i = ns.length - 1; i >= 0; i--) if (!visited.has(ns[i])) stack.push(ns[i]);
  }
  return out;
}
console.log(dfsIter("A").join(" "), "|", dfsIter("G").join(" "));

const comp = new Map<string, number>();
let nComp = 0;
for (const u of [...adj.keys()].sort()) {
  if (comp.has(u)) continue;
  for (const v of dfsIter(u)) comp.set(v, nComp);
  nComp++;
}
console.log("components:", nComp, Object.fromEntries(comp));
