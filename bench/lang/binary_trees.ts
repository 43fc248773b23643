// binary-trees (the Benchmarks Game): allocate and walk many short-lived
// perfect binary trees, and one long-lived one, with a class per node.

class TreeNode {
  constructor(
    public left: TreeNode | null,
    public right: TreeNode | null,
  ) {}
}

function itemCheck(node: TreeNode): number {
  if (node.left === null || node.right === null) return 1;
  return 1 + itemCheck(node.left) + itemCheck(node.right);
}

function bottomUpTree(depth: number): TreeNode {
  return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
}

const maxDepth = 17;
const stretchDepth = maxDepth + 1;
console.log(`stretch tree of depth ${stretchDepth}\t check: ${itemCheck(bottomUpTree(stretchDepth))}`);

const longLived = bottomUpTree(maxDepth);
for (let depth = 4; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + 4);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += itemCheck(bottomUpTree(depth));
  console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
}
console.log(`long lived tree of depth ${maxDepth}\t check: ${itemCheck(longLived)}`);
