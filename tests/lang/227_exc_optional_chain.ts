// Optional chaining avoids the errors that a non-null assertion lets through.
interface Node2 {
  name: string;
  child?: Node2;
  visit?: (depth: number) => string;
}

const tree: Node2 = {
  name: "root",
  child: { name: "mid", child: { name: "leaf", visit: (d) => "visited at " + d } },
};

function path(n: Node2 | undefined, depth: number): string {
  return n?.child?.child?.name ?? "(none at depth " + depth + ")";
}
console.log(path(tree, 0), path(tree.child, 1), path(undefined, 2));

const probes: (() => unknown)[] = [
  () => tree.child?.child?.visit?.(2),
  () => tree.child?.visit?.(1),
  () => tree.child!.child!.child!.name,
  () => tree.child!.visit!(1),
  () => tree.child?.child?.child?.name,
];
probes.forEach((p, i) => {
  try {
    console.log(i, p());
  } catch (e) {
    console.log(i, "threw", String(e));
  }
});
