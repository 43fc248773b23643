// Higher-order functions: map/filter/reduce pipelines, custom combinators, and currying.
const nums = [3, 8, -2, 7, 0, 15, -9, 4, 11, 6];

const isEven = (n: number) => n % 2 === 0;
const not = <T>(p: (x: T) => boolean) => (x: T) => !p(x);
const between = (lo: number, hi: number) => (n: number) => n >= lo && n <= hi;

console.log("evens:", nums.filter(isEven));
console.log("odds:", nums.filter(not(isEven)));
console.log("in [0,8]:", nums.filter(between(0, 8)));
console.log("squares of positives:", nums.filter((n) => n > 0).map((n) => n * n));
console.log("sum:", nums.reduce((a, b) => a + b, 0), "product of nonzero:", nums.filter(Boolean).reduce((a, b) => a * b));
console.log("max:", nums.reduce((a, b) => Math.max(a, b)), "min via reduceRight:", nums.reduceRight((a, b) => (b < a ? b : a)));

function pipe<T>(x: T, ...fs: Array<(v: T) => T>): T {
  return fs.reduce((v, f) => f(v), x);
}
console.log(pipe(5, (x) => x + 1, (x) => x * 10, (x) => x - 3));
console.log(pipe("hello", (s) => s.toUpperCase(), (s) => s + "!", (s) => s.split("").reverse().join("")));

const curry3 = (f: (a: number, b: number, c: number) => number) => (a: number) => (b: number) => (c: number) => f(a, b, c);
const vol = curry3((l, w, h) => l * w * h);
const base2x3 = vol(2)(3);
console.log([1, 2, 3, 4].map(base2x3));

function zipWith<A, B, C>(xs: A[], ys: B[], f: (a: A, b: B) => C): C[] {
  const out: C[] = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) out.push(f(xs[i], ys[i]));
  return out;
}
console.log(zipWith([1, 2, 3], ["a", "b", "c", "d"], (n, s) => s.repeat(n)));

function groupBy<T>(xs: T[], key: (x: T) => string): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const x of xs) (out[key(x)] ||= []).push(x);
  return out;
}
console.log(groupBy(nums, (n) => (n < 0 ? "neg" : n === 0 ? "zero" : n < 10 ? "small" : "big")));

function partition<T>(xs: T[], p: (x: T) => boolean): [T[], T[]] {
  return xs.reduce<[T[], T[]]>((acc, x) => { acc[p(x) ? 0 : 1].push(x); return acc; }, [[], []]);
}
const [small, large] = partition(nums, (n) => Math.abs(n) < 7);
console.log(small, large);
console.log(nums.some((n) => n > 14), nums.every((n) => n > -10), nums.find((n) => n > 7), nums.indexOf(15));
console.log(nums.findIndex((n) => n > 100), nums.find((n) => n > 100), nums.lastIndexOf(4));
console.log([[1, 2], [3], [], [4, [5, 6]]].flat(), [1, 2, 3].flatMap((n) => [n, n * 100]));
console.log(nums.map((n, i, arr) => (i > 0 ? n - arr[i - 1] : n)));
