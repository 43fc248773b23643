// Maps and sets changed inside try keep their changes after a throw.
const inventory = new Map<string, number>([
  ["apple", 3],
  ["pear", 1],
]);
const touched = new Set<string>();

function take(item: string, n: number): void {
  touched.add(item);
  const have = inventory.get(item);
  if (have === undefined) throw new Error("unknown item " + item);
  if (have < n) throw new RangeError(`only ${have} ${item} left`);
  inventory.set(item, have - n);
}

const orders: [string, number][] = [
  ["apple", 2],
  ["kiwi", 1],
  ["pear", 2],
  ["apple", 1],
  ["apple", 1],
];
for (const [item, n] of orders) {
  try {
    take(item, n);
    console.log("took", n, item);
  } catch (e) {
    console.log("order failed:", String(e));
  }
}
console.log([...inventory.entries()], [...touched]);

const index = new Map<string, string[]>();
function addAll(key: string, values: string[]): void {
  const list = index.get(key) ?? [];
  index.set(key, list);
  for (const v of values) {
    if (v === "") throw new Error("empty value for " + key);
    list.push(v);
  }
}
for (const [k, vs] of [
  ["a", ["1", "2"]],
  ["b", ["3", "", "4"]],
  ["a", ["5"]],
] as [string, string[]][]) {
  try {
    addAll(k, vs);
  } catch (e) {
    console.log((e as Error).message);
  }
}
console.log(JSON.stringify([...index]));
