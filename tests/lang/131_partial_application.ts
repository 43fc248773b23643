// Currying, partial application, point-free composition and function tables.
const partial = <A, B, R>(f: (a: A, b: B) => R, a: A) => (b: B): R => f(a, b);
const flip = <A, B, R>(f: (a: A, b: B) => R) => (b: B, a: A): R => f(a, b);
const pow = (base: number, exp: number) => base ** exp;
const square = partial(flip(pow), 2);
const twoTo = partial(pow, 2);
console.log([1, 2, 3, 4, 5].map(square), [1, 2, 3, 4, 5].map(twoTo));

function curry<A, B, C, R>(f: (a: A, b: B, c: C) => R): (a: A) => (b: B) => (c: C) => R {
  return (a) => (b) => (c) => f(a, b, c);
}
const clamp = curry((lo: number, hi: number, x: number) => Math.min(hi, Math.max(lo, x)));
const percent = clamp(0)(100);
console.log([-5, 0, 42.5, 100, 250].map(percent));
const fmt = curry((prefix: string, digits: number, v: number) => `${prefix}${v.toFixed(digits)}`);
const usd = fmt("$")(2);
const pct = fmt("")(1);
console.log([1, 2.345, 1000 / 3].map(usd), pct(12.345));

const compose2 = <A, B, C>(g: (b: B) => C, f: (a: A) => B) => (a: A): C => g(f(a));
const len = (s: string) => s.length;
const isEven = (n: number) => n % 2 === 0;
const evenLength = compose2(isEven, len);
console.log(["a", "ab", "abc", "abcd"].map(evenLength));

const counters: Record<string, (n: number) => number> = {};
for (const [name, step] of [["inc", 1], ["dec", -1], ["double", 0]] as [string, number][]) {
  counters[name] = step === 0 ? (n) => n * 2 : (n) => n + step;
}
let v = 5;
for (const op of ["inc", "inc", "double", "dec", "double", "inc"]) {
  v = counters[op](v);
  console.log(op.padEnd(7), v);
}
const memoAdd = (() => {
  const cache: Record<string, number> = {};
  let computed = 0;
  const add = (a: number, b: number): number => {
    const key = `${a}+${b}`;
    if (!(key in cache)) {
      computed++;
      cache[key] = a + b;
    }
    return cache[key];
  };
  return { add, stats: () => computed };
})();
console.log(memoAdd.add(1, 2), memoAdd.add(1, 2), memoAdd.add(2, 1), memoAdd.stats());
