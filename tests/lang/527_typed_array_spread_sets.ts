// Typed arrays where the language iterates: spread into arrays and calls, Set and Map construction, destructuring.
const a = Uint8Array.of(3, 1, 4, 1, 5);
console.log([...a], [0, ...a.subarray(3), 9]);
console.log(Math.max(...a), Math.min(...Float32Array.of(2.5, -1)));
console.log(new Set(a), new Set(a).size);
const [first, second, ...rest] = a;
console.log(first, second, rest);
const pairs = new Map<number, number>();
for (const [i, v] of a.entries()) pairs.set(v, i);
console.log(pairs);
function total(...xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
console.log(total(...a), total(...new Int16Array(0)));
const copy = Array.from(new Int8Array([-1, -2]), (x) => x * 10);
console.log(copy);
const words = "a b c".split(" ");
const lengths = new Uint8Array(words.map((w) => w.length));
console.log(lengths, `${lengths}`, lengths + "!", JSON.stringify({ n: lengths.length }));
