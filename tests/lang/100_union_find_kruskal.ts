// Union-find with path compression and union by rank, used for Kruskal's minimum spanning tree.
class DSU {
  parent: number[] = [];
  rank: number[] = [];
  sets: number;
  constructor(n: number) {
    for (let i = 0; i < n; i++) {
      this.parent.push(i);
      this.rank.push(0);
    }
    this.sets = n;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.rank[ra] < this.rank[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    if (this.rank[ra] === this.rank[rb]) this.rank[ra]++;
    this.sets--;
    return true;
  }
}

const cities = ["Ams", "Ber", "Cph", "Dub", "Edi", "Fra", "Gva"];
const roads: [number, number, number][] = [
  [0, 1, 577], [0, 5, 364], [1, 2, 356], [1, 5, 424], [2, 3, 1240], [3, 4, 306],
  [0, 4, 655], [5, 6, 461], [1, 6, 872], [0, 3, 755], [2, 4, 990], [4, 6, 1200],
];
const sorted = roads.slice().sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
const dsu = new DSU(cities.length);
const mst: string[] = [];
let total = 0;
for (const [u, v, w] of sorted) {
  if (dsu.union(u, v)) {
    mst.push(`${cities[u]}-${cities[v]} ${w}`);
    total += w;
  } else {
    console.log(`skip ${cities[u]}-${cities[v]} (would form cycle)`);
  }
}
console.log(mst);
console.log("total length:", total, "sets:", dsu.sets);

const d2 = new DSU(10);
const pairs = [[0, 1], [2, 3], [1, 3], [5, 6], [7, 8], [8, 9], [9, 7], [4, 4]];
for (const [a, b] of pairs) d2.union(a, b);
const groups = new Map<number, number[]>();
for (let i = 0; i < 10; i++) {
  const r = d2.find(i);
  groups.set(r, [...(groups.get(r) ?? []), i]);
}
console.log(d2.sets, [...groups.values()]);
console.log(d2.parent, d2.rank);
