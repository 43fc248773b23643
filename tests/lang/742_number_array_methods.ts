// Every Array method on arrays of numbers, and on arrays with holes, against node.

const a = [5, 3, 8, 1, 9, 2];
console.log(a.push(7), a.pop(), a.shift(), a.unshift(0, -1), a);
console.log(a.splice(1, 2), a, a.splice(2, 0, 4.5, 6.5), a);
console.log(a.slice(1, -1), a.slice(-2), a.concat(10, [11, 12]), a.indexOf(9), a.lastIndexOf(4.5));
console.log(a.includes(6.5), a.join(), a.join(" "), a.reverse(), a.at(-1), a.at(100));
console.log(a.map((x) => x * 2), a.map(String), a.filter((x) => x > 3), a.reduce((s, x) => s + x, 0));
console.log(a.reduceRight((s, x) => s + "," + x, ""), a.some((x) => x > 8), a.every((x) => x > -5));
console.log(a.find((x) => x > 4), a.findIndex((x) => x > 4), a.find((x) => x > 100));
console.log(a.slice().sort(), a.slice().sort((x, y) => x - y), a.fill(0, 4), a);
let sum = 0;
a.forEach((x, i) => (sum += x * i));
console.log(sum, [...a], Array.from(a, (x) => x + 1), Array.of(1, 2, 3), [[1, 2], [3]].flat(), a.flatMap((x) => [x, x]));
for (const x of [1.5, 2.5]) console.log(x);
const [p, q, ...rest] = [10, 20, 30, 40];
console.log(p, q, rest, rest.length);
console.log(Array.from({ length: 4 }, (_, i) => i * i), Array.from(new Set([3, 3, 4])), [..."ab"].length);
console.log(JSON.stringify([1, -0, NaN, Infinity, 2.5e-7]), JSON.parse("[1,2,3.5]"), [1, 2].toString());
console.log([...a.keys()].length, [...a.entries()][1], Object.keys([7, 8]), Object.values([7, 8]), Object.entries([7]));

// holes through the methods: forEach, map, filter, reduce, some, every and indexOf skip them
const h = new Array<number>(5);
h[1] = 1;
h[3] = 3;
const seen: number[] = [];
h.forEach((x, i) => seen.push(i));
console.log(seen, h.map((x) => x * 10), h.filter(() => true), h.reduce((s, x) => s + x, 0));
console.log(h.some((x) => x === undefined), h.every((x) => x > 0), h.indexOf(undefined as unknown as number));
console.log((h as unknown[]).includes(undefined), h.find((x) => x === undefined), h.findIndex((x) => x === undefined));
console.log(h.join("-"), [...h], Array.from(h), h.slice(0, 2), h.concat([5]), JSON.stringify(h));
console.log(h.reverse(), h.sort(), h);

// growing, shrinking and queues of numbers
const qu: number[] = [];
for (let i = 0; i < 1000; i++) qu.push(i);
let s = 0;
while (qu.length > 1) s += qu.shift()! - qu.pop()!;
console.log(s, qu);
const big = new Array<number>(300).fill(1.25);
big.length = 150;
console.log(big.reduce((x, y) => x + y), big.length);
const typed = new Float64Array([1, 2, 3]);
console.log(Array.from(typed), new Float64Array([1.5, 2.5]), new Int32Array(a));
