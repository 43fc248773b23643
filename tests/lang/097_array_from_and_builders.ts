// Building arrays with Array.from, Array.isArray checks, flat/flatMap and 2D grids.
const squares = Array.from({ length: 10 }, (_, i) => i * i);
console.log(squares);
const letters = Array.from("tsfw");
console.log(letters, Array.from("tsfw", (c) => c.toUpperCase()));
const fromSet = Array.from(new Set([3, 1, 3, 2, 1]));
console.log(fromSet);
const fromMap = Array.from(new Map([["x", 1], ["y", 2]]));
console.log(fromMap, Array.from(new Map([["k", true]]).keys()));

const grid = Array.from({ length: 5 }, (_, r) => Array.from({ length: 8 }, (_, c) => (r * c) % 5));
for (const row of grid) console.log(row.join(" "));
console.log(grid);

const values: (number | number[] | string)[] = [1, [2, 3], "four", [5], []];
console.log(values.map((v) => (Array.isArray(v) ? `array(${v.length})` : typeof v)));
console.log(Array.isArray([]), Array.isArray("abc"), Array.isArray({ length: 1 }));

const deep = [1, [2, [3, [4, [5]]]]];
console.log(deep.flat(), deep.flat(2), deep.flat(Infinity));
const sentences = ["the quick fox", "jumps over", "the lazy dog"];
const words = sentences.flatMap((s) => s.split(" "));
console.log(words, words.length);
const pairs = [1, 2, 3].flatMap((x) => [4, 5].map((y) => [x, y]));
console.log(pairs);

const multTable = Array.from({ length: 9 }, (_, i) => Array.from({ length: 9 }, (_, j) => (i + 1) * (j + 1)));
console.log(multTable.map((r) => r.map((v) => String(v).padStart(3)).join("")).join("\n"));
const diag = multTable.map((r, i) => r[i]);
console.log(diag, diag.reduce((a, b) => a + b));
const identity = Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => +(i === j)));
console.log(identity);
const ranges = Array.from({ length: 4 }, (_, i) => Array.from({ length: i }, (_, j) => j));
console.log(ranges);
