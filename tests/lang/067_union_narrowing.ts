// Union narrowing with typeof, === undefined, Array.isArray, `in`, and truthiness.
type Primitive = string | number | boolean | undefined | null;
type Nested = Primitive | Nested[];

function describe(v: Primitive): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "string") return `string(${v.length}) "${v}"`;
  if (typeof v === "number") {
    if (Number.isInteger(v)) return `int ${v}`;
    return `float ${v.toFixed(3)}`;
  }
  return `bool ${v ? "yes" : "no"}`;
}
const samples: Primitive[] = ["hi", "", 42, 3.14159, -0, true, false, undefined, null, NaN];
for (const s of samples) console.log(describe(s));

function flatten(n: Nested): Primitive[] {
  if (Array.isArray(n)) return n.flatMap(flatten);
  return [n];
}
function depth(n: Nested): number {
  return Array.isArray(n) ? 1 + Math.max(0, ...n.map(depth)) : 0;
}
const tree: Nested = [1, ["a", [true, null], []], [[[2.5]]], undefined];
console.log(flatten(tree), "depth", depth(tree));

interface Cat { meow: () => string; lives: number }
interface Dog { bark: () => string; goodBoy: boolean }
function speak(p: Cat | Dog): string {
  if ("meow" in p) return p.meow() + ` (${p.lives} lives)`;
  return p.bark() + (p.goodBoy ? " good" : " bad");
}
console.log(speak({ meow: () => "meow", lives: 9 }), "/", speak({ bark: () => "woof", goodBoy: true }));

function lengthOf(x: string | string[] | number): number {
  switch (typeof x) {
    case "string": return x.length;
    case "number": return String(x).length;
    default: return x.reduce((s, e) => s + e.length, 0);
  }
}
console.log(lengthOf("abc"), lengthOf(["ab", "cde"]), lengthOf(12345.5));

function firstOr<T>(xs: T[] | undefined, d: T): T {
  if (!xs || xs.length === 0) return d;
  return xs[0];
}
console.log(firstOr(undefined, "none"), firstOr([], 0), firstOr([9, 8], 0));

function sumMixed(items: (number | string | null)[]): number {
  let s = 0;
  for (const it of items) {
    if (it === null) continue;
    s += typeof it === "string" ? parseFloat(it) || 0 : it;
  }
  return s;
}
console.log(sumMixed([1, "2.5", null, "x", 4, "1e1"]));
console.log(samples.map((s) => typeof s));
