// Reference cycles between struct-backed instances are collected (the test runs under
// LeakSanitizer): parent/child links, a ring, a cycle through a property added at run time, and
// leaf classes that can never be part of a cycle.
class TreeNode {
  children: TreeNode[] = [];
  parent: TreeNode | null = null;
  constructor(public name: string) {}
  add(child: TreeNode): TreeNode {
    child.parent = this;
    this.children.push(child);
    return child;
  }
}

class Ring {
  next: Ring | null = null;
  constructor(public n: number) {}
}

class Leaf {
  constructor(
    public v: number,
    public s: string,
  ) {}
}

let total = 0;
for (let round = 0; round < 2000; round++) {
  const root = new TreeNode("root" + round);
  const a = root.add(new TreeNode("a"));
  a.add(new TreeNode("a1"));
  root.add(new TreeNode("b"));
  total += root.children.length + a.children.length;

  const first = new Ring(0);
  let cur = first;
  for (let i = 1; i < 5; i++) {
    cur.next = new Ring(i);
    cur = cur.next;
  }
  cur.next = first;

  const leaf = new Leaf(round, "x");
  (leaf as unknown as Record<string, unknown>).back = leaf; // a cycle the class's fields could not make
  const leaves = [new Leaf(1, "a"), new Leaf(2, "b")];
  total += leaves[0].v + leaves[1].v + leaf.v;
}
console.log("total", total);
const keep = new TreeNode("kept");
keep.add(new TreeNode("child"));
console.log(keep.children[0].parent === keep, keep.children[0].name);
