// Binary search tree: insert, traversals (recursive and iterative), height, and pretty printing.
interface TreeNode {
  key: number;
  left?: TreeNode;
  right?: TreeNode;
}

function insert(t: TreeNode | undefined, key: number): TreeNode {
  if (t === undefined) return { key };
  if (key < t.key) t.left = insert(t.left, key);
  else if (key > t.key) t.right = insert(t.right, key);
  return t;
}

function inorder(t: TreeNode | undefined, out: number[] = []): number[] {
  if (t) {
    inorder(t.left, out);
    out.push(t.key);
    inorder(t.right, out);
  }
  return out;
}
function preorder(t: TreeNode | undefined): number[] {
  return t ? [t.key, ...preorder(t.left), ...preorder(t.right)] : [];
}
function postorderIter(root: TreeNode | undefined): number[] {
  const out: number[] = [];
  const st: TreeNode[] = root ? [root] : [];
  while (st.length) {
    const n = st.pop()!;
    out.unshift(n.key);
    if (n.left) st.push(n.left);
    if (n.right) st.push(n.right);
  }
  return out;
}
function levelOrder(root: TreeNode | undefined): number[][] {
  const levels: number[][] = [];
  let frontier = root ? [root] : [];
  while (frontier.length) {
    levels.push(frontier.map((n) => n.key));
    frontier = frontier.flatMap((n) => [n.left, n.right].filter((c): c is TreeNode => c !== undefined));
  }
  return levels;
}
function height(t: TreeNode | undefined): number {
  return t ? 1 + Math.max(height(t.left), height(t.right)) : 0;
}
function render(t: TreeNode | undefined, prefix: string, isLeft: boolean, lines: string[]): void {
  if (!t) return;
  render(t.right, prefix + (isLeft ? "|   " : "    "), false, lines);
  lines.push(prefix + (isLeft ? "\\-- " : "/-- ") + t.key);
  render(t.left, prefix + (isLeft ? "    " : "|   "), true, lines);
}

let root: TreeNode | undefined;
for (const k of [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 10]) root = insert(root, k);
console.log("inorder:  ", inorder(root).join(" "));
console.log("preorder: ", preorder(root).join(" "));
console.log("postorder:", postorderIter(root).join(" "));
console.log("levels:", levelOrder(root));
console.log("height:", height(root));
const lines: string[] = [];
render(root, "", true, lines);
console.log(lines.join("\n"));
console.log(root);
console.log(JSON.stringify(root));
