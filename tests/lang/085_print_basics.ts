// The print() alias with multiple arguments of mixed types, mirroring console.log formatting.
print("hello from print");
print("numbers:", 1, -2.5, 1e21, NaN);
print("booleans and nullish:", true, false, null, undefined);
print([1, 2, 3], { a: 1, b: "two" });
print();
print("");
print("multiple", "strings", "joined", "by", "spaces");

const matrix: number[][] = [];
for (let i = 0; i < 4; i++) {
  const row: number[] = [];
  for (let j = 0; j < 4; j++) row.push(i === j ? 1 : i * 4 + j);
  matrix.push(row);
}
print(matrix);
for (const row of matrix) print(...row);

const inventory = new Map<string, number>([["bolts", 120], ["nuts", 80], ["washers", 0]]);
print(inventory);
for (const [k, v] of inventory) print(k, "=>", v, v === 0 ? "(out of stock)" : "");

class Sensor {
  constructor(public id: string, public value: number, public unit = "C") {}
}
const sensors = [new Sensor("s1", 21.5), new Sensor("s2", -3, "F")];
print(sensors);
print(sensors[0]);
print("sensor count", sensors.length, "ids", sensors.map((s) => s.id));
let ticks = 0;
for (let i = 0; i < 5; i++) {
  ticks += i;
  print(`tick ${i}: ${ticks}`);
}
console.log("console.log and print interleave");
print("in order");
print({ nested: { deeper: { deepest: { gone: true } } } });
print(new Set(["x", "y"]), [undefined, null], -0, [-0]);
