// Topological sort of build tasks (Kahn's algorithm) with cycle detection via DFS colouring.
const deps: Record<string, string[]> = {
  app: ["lib", "ui", "config"],
  ui: ["lib", "theme"],
  lib: ["core"],
  theme: ["core"],
  core: [],
  config: [],
  tests: ["app", "mocks"],
  mocks: ["core"],
};

function kahn(g: Record<string, string[]>): string[] | null {
  const indeg: Record<string, number> = {};
  const users: Record<string, string[]> = {};
  for (const n of Object.keys(g)) {
    indeg[n] ??= 0;
    for (const d of g[n]) {
      indeg[n]++;
      (users[d] ??= []).push(n);
      indeg[d] ??= 0;
    }
  }
  const ready = Object.keys(indeg).filter((n) => indeg[n] === 0).sort();
  const out: string[] = [];
  while (ready.length) {
    const n = ready.shift()!;
    out.push(n);
    for (const u of (users[n] ?? []).slice().sort()) {
      if (--indeg[u] === 0) {
        ready.push(u);
        ready.sort();
      }
    }
  }
  return out.length === Object.keys(indeg).length ? out : null;
}

function findCycle(g: Record<string, string[]>): string[] | null {
  const color: Record<string, number> = {};
  const stack: string[] = [];
  let cycle: string[] | null = null;
  function visit(n: string): boolean {
    color[n] = 1;
    stack.push(n);
    for (const d of g[n] ?? []) {
      if (color[d] === 1) {
        cycle = [...stack.slice(stack.indexOf(d)), d];
        return true;
      }
      if (!color[d] && visit(d)) return true;
    }
    stack.pop();
    color[n] = 2;
    return false;
  }
  for (const n of Object.keys(g).sort()) if (!color[n] && visit(n)) break;
  return cycle;
}

console.log("build order:", kahn(deps));
console.log("cycle:", findCycle(deps));
const levels: Record<string, number> = {};
for (const n of kahn(deps) ?? []) levels[n] = Math.max(0, ...deps[n].map((d) => levels[d] + 1));
console.log(levels);
const byLevel: string[][] = [];
for (const [n, l] of Object.entries(levels)) (byLevel[l] ??= []).push(n);
byLevel.forEach((ns, i) => console.log(`stage ${i}: ${ns.sort().join(", ")}`));

const cyclic: Record<string, string[]> = { ...deps, core: ["tests"] };
console.log("cyclic build order:", kahn(cyclic));
console.log("cycle found:", findCycle(cyclic)?.join(" -> "));
