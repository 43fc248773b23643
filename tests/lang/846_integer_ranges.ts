// Number variables, parameters and results that only hold integers of a known
// range are C integers; everything else keeps the double's behaviour: -0,
// NaN, fractions, values past int32 and past 2^53, closures, functions
// passed on as values, recursion, and a variable a try statement assigns.

// a hash in a global: the product leaves int32, the remainder is back in it
let h = 7;
for (let i = 0; i < 2000; i++) h = (h * 31 + i) % 1000000007;
console.log("hash", h);

// parameters and results: every call passes integers
function step(x: number, k: number): number {
  if (x < 0) throw new RangeError("negative " + x);
  return (x * 17 + k) % 65521;
}
let acc = 1;
for (let i = 0; i < 100000; i++) acc = step(acc, i);
console.log("steps", acc, acc / 2, acc % 7, -acc, acc * acc);

// a counter bounded by a parameter
function triangle(n: number): number {
  let sum = 0;
  for (let i = 0; i <= n; i++) sum = sum + i;
  return sum;
}
console.log("triangle", triangle(10), triangle(65535), triangle(0));

// -0 is not an integer here: 0 * -1, -x of 0, a negative dividend of %
let z = 0;
const negZero = z * -1;
const negated = -z;
const rem = -4 % 2;
console.log("minus zero", Object.is(negZero, -0), Object.is(negated, -0), Object.is(rem, -0), 1 / negZero);
let m = 6;
m = m - 6;
console.log("zero", Object.is(m, 0), 1 / m, Object.is(m * -3, -0));

// % 0 is NaN, and a fraction is no integer
let d = 5;
const divisor = d - 5;
console.log("nan", d % divisor, d / 2, (d * 3) % 4);
let half = 3;
half += 0.5;
console.log("fraction", half, half * 2);

// growing past int32 and past 2^53: doubles, with their rounding
let big = 1;
for (let i = 0; i < 40; i++) big = big * 3;
console.log("big", big, big % 1000);
let grow = 1;
for (let i = 0; i < 70; i++) grow = grow * 2 + 1;
console.log("grow", grow, grow % 10);
let edge = 2147483646;
edge = edge + 1;
console.log("edge", edge, edge + 1, edge * 2, -edge - 2);

// a step that never stops growing
let count = 0;
for (let r = 0; r < 3; r++) for (let i = 0; i < 1000; i++) count++;
console.log("count", count);

// a function passed on as a value may be called with anything
function twice(x: number): number {
  return x * 2;
}
const fns = [twice];
console.log("value", fns[0](1.25), twice(4), [1.5, 2].map(twice).join(" "));

// a function called with a fraction somewhere
function scale(x: number): number {
  return (x * 4) % 3;
}
console.log("scale", scale(5), scale(0.5), scale(7));

// recursion: the result grows with each level
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log("fact", fact(10), fact(20), fact(25));

// a closure that writes the variable
let shared = 10;
const bump = (): void => {
  shared = shared * 1.5;
};
bump();
console.log("closure", shared);
function counterOf(): () => number {
  let c = 0;
  return () => (c = c + 1);
}
const next = counterOf();
next();
console.log("captured", next(), next());

// assigned in a try, read in the catch and after it
let tries = 0;
let last = 0;
for (let i = 0; i < 5; i++) {
  try {
    last = i * 3;
    tries = tries + 1;
    if (i === 3) throw new Error("at " + last);
  } catch (e) {
    console.log("caught", (e as Error).message, last, tries);
  }
}
console.log("tries", tries, last);

// a conditional and a negative range
function clamp(x: number): number {
  return x < -100 ? -100 : x > 100 ? 100 : x;
}
let lo = 0;
for (let i = 0; i < 300; i++) lo = clamp(lo - i);
console.log("clamp", lo, lo * 2, lo % 7, (lo - 1) % 7);

// integers printed, compared, used as keys and indexes
const squares: number[] = [];
let s = 0;
for (let i = 0; i < 10; i++) {
  s = i * i;
  squares.push(s);
}
const byKey: Record<string, number> = {};
byKey[s] = s + 1;
console.log("squares", squares[s % 10], squares.indexOf(s), JSON.stringify(byKey), s === 81, `${s}`, s.toFixed(1));
