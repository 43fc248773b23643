// Recursively built nested data (file system tree) printed via console.log, JSON and a custom renderer.
interface FsNode {
  name: string;
  size?: number;
  children?: FsNode[];
}
const tree: FsNode = {
  name: "/",
  children: [
    { name: "bin", children: [{ name: "ls", size: 120 }, { name: "cat", size: 80 }] },
    {
      name: "home",
      children: [
        { name: "ann", children: [{ name: "notes.txt", size: 12 }, { name: "photos", children: [{ name: "a.jpg", size: 2048 }, { name: "b.jpg", size: 1024 }] }] },
        { name: "bob", children: [] },
      ],
    },
    { name: "README", size: 5 },
  ],
};
function total(n: FsNode): number {
  return (n.size ?? 0) + (n.children ?? []).reduce((s, c) => s + total(c), 0);
}
function render(n: FsNode, prefix: string, last: boolean, out: string[]): void {
  out.push(prefix + (prefix || last ? (last ? "`-- " : "|-- ") : "") + n.name + (n.children ? "/" : "") + ` (${total(n)})`);
  const kids = n.children ?? [];
  kids.forEach((k, i) => render(k, prefix + (last ? "    " : "|   "), i === kids.length - 1, out));
}
const lines: string[] = [];
render(tree, "", true, lines);
console.log(lines.join("\n"));
console.log(tree);
console.log(tree.children![1]);
console.log(JSON.stringify(tree.children![1], null, 1));
function find(n: FsNode, pred: (x: FsNode) => boolean, path: string, out: string[]): string[] {
  const p = path === "/" ? "/" + n.name : path + "/" + n.name;
  if (pred(n)) out.push(p.replace("//", "/"));
  for (const c of n.children ?? []) find(c, pred, n.name === "/" ? "" : p, out);
  return out;
}
console.log(find(tree, (x) => (x.size ?? 0) > 100, "", []), find(tree, (x) => x.children?.length === 0, "", []));
