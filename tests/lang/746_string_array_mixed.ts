// Arrays of strings only: holes, undefined, a value of another type stored
// through a wider type (the array then holds values), strings with surrogates,
// sort with and without a comparator, and big arrays.

function addNumber(xs: (string | number)[]): void {
  xs.push(42);
  xs[0] = 7;
}
const s: string[] = ["a", "b", "c"];
addNumber(s);
console.log(s, s.length, typeof s[0], s.indexOf("b"), s.join("|"), JSON.stringify(s));
s[1] = "B";
s.push("d");
console.log(s, s.slice(1), (s as unknown[]).map((x) => typeof x), (s as unknown[]).filter((x) => typeof x === "string"));

function setAll(xs: unknown[], v: unknown): void {
  for (let i = 0; i < xs.length; i++) xs[i] = v;
}
const t: string[] = ["x", "y"];
setAll(t, null);
console.log(t, t.length, String(t));
const u: string[] = ["x", "y"];
(u as unknown[]).push(true, { k: 1 }, ["n"]);
console.log(u, u.length, u.includes("y"));

// holes: new Array(n), growing past the end, and the methods that skip or show them
const h = new Array<string>(5);
h[1] = "one";
h[3] = "three";
console.log(h, h.length, h[0], h.join("-"));
const seen: number[] = [];
h.forEach((x, i) => seen.push(i));
console.log(seen, h.map((x) => x + "!"), h.filter(() => true), h.reduce((acc, x) => acc + x, ""));
console.log(h.some((x) => x === undefined), h.every((x) => x.length > 2), h.indexOf(undefined as unknown as string));
console.log((h as unknown[]).includes(undefined), h.find((x) => x === undefined), h.findIndex((x) => x === undefined));
console.log([...h], Array.from(h), h.slice(0, 2), h.concat(["z"]), JSON.stringify(h));
const sortedHoles = h.slice();
sortedHoles.sort();
console.log(sortedHoles, sortedHoles.length, h.reverse());
const g: string[] = [];
g[3] = "late";
console.log(g, g.length, Object.keys(g));
const und: (string | undefined)[] = ["a", undefined, "b"];
console.log(und, und.join(), und.indexOf(undefined), und.includes(undefined), und.sort());
// an array of holes takes strings; one of numbers gets strings as values
const n = new Array<string | number>(3);
n[0] = "first";
n[2] = 3;
console.log(n, n.length);
const sp: (string | number)[] = ["a", "b", "c", "d"];
console.log(sp.splice(1, 1, "x", "y"), sp, sp.splice(-2, 1), sp, sp.splice(1, 0, 9), sp, sp.splice(0));
const sh = new Array<string>(4);
sh[2] = "two";
console.log(sh.splice(1, 2), sh, sh.splice(1, 0, "in"), sh, [..."abc"].splice(1));
const empty: string[] = [];
empty.push("only");
empty.pop();
(empty as unknown as number[]).push(5);
console.log(empty, empty.length);

// surrogates: pairs, lone halves and astral characters
const sur: string[] = ["😀", "a", "\uD83D", "é", "\uDE00x", "𝒳y", "Z"];
console.log(sur.length, sur.map((x) => x.length), sur.join(""), sur.join("").length);
console.log(sur.slice().sort(), JSON.stringify(sur), sur.indexOf("\uD83D"), sur.includes("😀"));
console.log([..."a😀b"], Array.from("😀\uD83D"), "x😀y".split(""), sur.map((x) => x.codePointAt(0)));

// sort: default order is by UTF-16 code units; a comparator's ties keep their order
const mixedCase = ["b", "B", "a", "A", "10", "9", "", " ", "ä", "z"];
console.log(mixedCase.slice().sort(), mixedCase.slice().sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0)));
console.log(["bb", "a", "ccc", "dd", "e"].sort((x, y) => x.length - y.length), ["x", "y"].sort(() => 0));

// big arrays: 100k strings built, sorted, searched, spliced and released
let state = 7;
function next(): number {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state;
}
const big: string[] = [];
for (let i = 0; i < 100000; i++) big.push("w" + (next() % 50000));
const bigCopy = big.slice();
bigCopy.sort();
let ordered = true;
for (let i = 1; i < bigCopy.length; i++) if (bigCopy[i - 1] > bigCopy[i]) ordered = false;
console.log(big.length, ordered, bigCopy[0], bigCopy[bigCopy.length - 1], big.indexOf("w123"), big.lastIndexOf("w123"));
const joined = big.join(",");
console.log(joined.length, joined.split(",").length, big.filter((w) => w.endsWith("7")).length);
big.splice(10, 50000);
big.reverse();
console.log(big.length, big[0] === bigCopy[0] || big[0].startsWith("w"), new Set(big).size > 1000);
