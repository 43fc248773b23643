// A recursive JSON-shaped type: a tree of menu entries, checked to any depth.
interface Entry {
  label: string;
  key?: string;
  children: Entry[];
}

function build(depth: number, width: number, prefix: string): Entry {
  const e: Entry = { label: `node ${prefix}`, children: [] };
  if (depth > 0) for (let i = 0; i < width; i++) e.children.push(build(depth - 1, width, `${prefix}.${i}`));
  else e.key = prefix;
  return e;
}

const text = JSON.stringify(build(4, 3, "r"));
const tree = JSON.parse(text) as Entry;

function count(e: Entry): number {
  return 1 + e.children.reduce((n, c) => n + count(c), 0);
}
function leaves(e: Entry, out: string[]): string[] {
  if (e.key !== undefined) out.push(e.key);
  for (const c of e.children) leaves(c, out);
  return out;
}
console.log(text.length, count(tree));
const ls = leaves(tree, []);
console.log(ls.length, ls.slice(0, 4).join(" "), ls[ls.length - 1]);
console.log(JSON.stringify(tree) === text);

interface Chain {
  v: number;
  next: Chain | null;
}
let chainText = "null";
for (let i = 0; i < 200; i++) chainText = `{"v":${i},"next":${chainText}}`;
let c: Chain | null = JSON.parse(chainText) as Chain;
let sum = 0;
while (c !== null) {
  sum += c.v;
  c = c.next;
}
console.log(sum);

// deep nesting: the check walks it without growing the C stack
type Nested = number | Nested[];
const deep = "[".repeat(5000) + "7" + "]".repeat(5000);
let n: Nested = JSON.parse(deep) as Nested;
let levels = 0;
while (Array.isArray(n)) {
  n = n[0];
  levels++;
}
console.log(levels, n);
