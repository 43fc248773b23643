// A Map of 1,000,000 string keys to numbers, filled and then read back with
// for...of: what one entry costs in memory, against node's.

const table = new Map<string, number>();
for (let i = 0; i < 1000000; i++) table.set("sensor-" + i, i * 0.5);
let sum = 0;
let chars = 0;
for (const [key, value] of table) {
  sum += value;
  chars += key.length;
}
console.log(table.size, sum, chars);
