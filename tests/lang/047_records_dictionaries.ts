// Index-signature dictionaries and Record<string, T>: counting, inverting, merging, deleting.
const inventory: { [item: string]: number } = { apples: 10, pears: 4, plums: 0 };
inventory["kiwis"] = 7;
inventory.apples -= 3;
delete inventory.plums;
console.log(inventory, "pears" in inventory, "plums" in inventory);
console.log(Object.keys(inventory), Object.values(inventory));

const prices: Record<string, number> = { apples: 0.5, pears: 0.75, kiwis: 0.3, mangos: 1.2 };
let value = 0;
for (const item in inventory) {
  const p = prices[item];
  if (p !== undefined) value += p * inventory[item];
}
console.log("stock value:", value.toFixed(2));

function invert(d: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(d)) (out[v] ??= []).push(k);
  return out;
}
const capitals: Record<string, string> = { France: "Paris", Texas: "Austin", Germany: "Berlin", Kentucky: "Frankfort", Ontario: "Toronto" };
const continentOf: Record<string, string> = { France: "EU", Germany: "EU", Texas: "NA", Kentucky: "NA", Ontario: "NA" };
console.log(invert(continentOf));

function merge(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const k of Object.keys(b)) out[k] = (out[k] ?? 0) + b[k];
  return out;
}
console.log(merge({ x: 1, y: 2 }, { y: 10, z: 5 }));
console.log(Object.assign({}, { a: 1 }, { b: 2 }, { a: 3 }));
console.log(Object.fromEntries(Object.entries(capitals).map(([k, v]) => [k.toLowerCase(), v.length])));

// numeric-looking keys are ordered first by value, then string keys in insertion order
const mixed: Record<string, string> = {};
mixed["b"] = "B";
mixed["10"] = "ten";
mixed["a"] = "A";
mixed["2"] = "two";
mixed["-1"] = "minus one";
mixed["01"] = "zero-one";
console.log(Object.keys(mixed));
console.log(mixed);

const empty: Record<string, boolean> = {};
console.log(empty, Object.keys(empty).length, Object.entries(empty));
const dynamicKey = "computed";
const withComputed = { [dynamicKey + "_1"]: 1, [`${dynamicKey}_2`]: 2, plain: 3 };
console.log(withComputed);
