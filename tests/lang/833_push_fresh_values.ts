// a.push(v) of a fresh object hands it over to the array; object literals with distinct names are built
// without lookups. Cycles made through pushed values are still collected (the program ends clean under
// the leak checker), and every value stays reachable as node shows it.
class Node2 {
  children: Node2[] = [];
  constructor(public name: string, public parent: Node2 | null) {}
}

const root = new Node2("root", null);
for (let i = 0; i < 5; i++) {
  const child = new Node2("c" + i, root);
  root.children.push(child);
  child.children.push(new Node2("g" + i, child)); // a fresh node whose parent points back: a cycle
}
console.log(root.children.length, root.children.map((c) => c.children[0].parent === c).join(","));

// a ring of literals that point at each other, pushed fresh and then dropped
let ring: { id: number; next: unknown; tags: string[] }[] = [];
for (let i = 0; i < 1000; i++) ring.push({ id: i, next: null, tags: i % 2 ? ["odd"] : [] });
for (let i = 0; i < ring.length; i++) ring[i].next = ring[(i + 1) % ring.length];
console.log(ring.length, (ring[999].next as { id: number }).id);
ring = [];
console.log(ring.length);

// a pushed literal, array or call result is the same value afterwards, not a copy
function make(n: number): { n: number } {
  return { n };
}
const list: { n: number }[] = [];
const kept = { n: -1 };
list.push(kept);
list.push(make(1));
list.push({ n: 2 });
kept.n = 99;
console.log(JSON.stringify(list), list[0] === kept);

const nested: number[][] = [];
nested.push([1, 2]);
nested.push([]);
nested[1].push(3);
console.log(JSON.stringify(nested));

// numeric and other names in a literal keep node's order; a literal with many names
const o = { b: 1, 2: "two", a: 3, 1: "one", [`c${1}`]: 4 };
console.log(Object.keys(o).join(","), JSON.stringify(o));
const big = { k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11 };
console.log(big.k11, Object.keys(big).length, JSON.stringify(big));

// push that throws (a frozen-like failure: pushing onto undefined) leaves nothing half-done
const maybe: { n: number }[][] = [[]];
try {
  (maybe[3] as { n: number }[]).push({ n: 1 });
} catch (e) {
  console.log((e as Error).constructor.name);
}
console.log(maybe.length, maybe[0].length);
