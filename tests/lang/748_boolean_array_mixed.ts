// Arrays of booleans only: holes, undefined, a value of another type stored
// through a wider type (the array then holds values), and big arrays.

function mark(xs: (boolean | string)[]): void {
  xs.push("end");
  xs[0] = "start";
}
const b: boolean[] = [true, false, true];
mark(b);
console.log(b, b.length, typeof b[0], b.indexOf(false), b.join("|"), JSON.stringify(b));
b[1] = true;
console.log(b, (b as unknown[]).filter((x) => x), (b as unknown[]).map((x) => typeof x), b[1] && b[2]);
let truthy = 0;
for (let i = 0; i < b.length; i++) if (b[i]) truthy++;
console.log(truthy);

function setAll(xs: unknown[], v: unknown): void {
  for (let i = 0; i < xs.length; i++) xs[i] = v;
}
const c: boolean[] = [false, true];
setAll(c, 0);
console.log(c, (c as unknown[]).some((x) => x), !c[0], c[1] ? "yes" : "no");
const d: boolean[] = [true];
(d as unknown[]).push(1, null, "s", [false]);
console.log(d, d.length, d.includes(true));

const h = new Array<boolean>(4);
h[2] = true;
console.log(h, h.length, h[0], h.join(","), [...h], JSON.stringify(h), h.indexOf(true));
const seen: number[] = [];
h.forEach((x, i) => seen.push(i));
console.log(seen, h.map((x) => !x), h.filter(() => true), h.some((x: boolean | undefined) => x === undefined), h.every((x) => x));
console.log(h.find((x: boolean | undefined) => x === undefined), h.findIndex((x: boolean | undefined) => x === undefined), h.slice().sort(), h.reverse());
let falsy = 0;
for (let i = 0; i < h.length; i++) if (!h[i]) falsy++;
console.log(falsy);
const und: (boolean | undefined)[] = [true, undefined, false];
console.log(und, und.join(), und.includes(undefined), und.sort(), und.map((x) => x === undefined));
const empty: boolean[] = [];
empty.push(true);
empty.length = 0;
(empty as unknown as string[]).push("now a string");
console.log(empty);

// big: a sieve to 200000 and a million flags
const N = 200000;
const composite: boolean[] = new Array(N + 1).fill(false);
for (let i = 2; i * i <= N; i++) if (!composite[i]) for (let j = i * i; j <= N; j += i) composite[j] = true;
let primes = 0;
for (let i = 2; i <= N; i++) if (!composite[i]) primes++;
console.log(primes, composite.lastIndexOf(false), composite.indexOf(true));
const many: boolean[] = [];
for (let i = 0; i < 1000000; i++) many.push((i & 5) === 1);
console.log(many.length, many.filter((x) => x).length, many.slice(999990), many.reverse().indexOf(true));
