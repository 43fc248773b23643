// Object.is, and the sign of zero through the integer fast paths: %, *, unary -, Math's rounding,
// compound assignments and loops keep -0 where node does.
const nan = Number("x");
print(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), nan === nan, 0 === -0);
print(Object.is("a", "a"), Object.is(null, undefined), Object.is(null, null), Object.is(undefined, undefined));
const o = { a: 1 };
print(Object.is(o, o), Object.is(o, { a: 1 }), Object.is([1], [1]), Object.is(true, true), Object.is(1, "1"));

let i = 0;
i = -i;
print(Object.is(i, -0), i, [i], `${i}`, String(i), JSON.stringify(i), i.toFixed(1));
let k = -8;
k = k % 4;
print(Object.is(k, -0), Object.is(-4 % 2, -0), Object.is(4 % -2, 0), Object.is(-0 % 5, -0));
let j = 3;
j -= 3;
j = j * -1;
print(Object.is(j, -0), Object.is(j + 0, 0), Object.is(j - 0, -0), Object.is(j * 0, -0));
print(Object.is(Math.round(-0.2), -0), Object.is(Math.floor(-0), -0), Object.is(Math.ceil(-0.5), -0));
print(Object.is(Math.trunc(-0.9), -0), Object.is(Math.abs(-0), 0), Object.is(-0 | 0, 0), Object.is(~~-0, 0));
print(Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, 0), 0), Object.is(Math.sign(-0), -0));
let p = 0;
p = -p;
p++;
p--;
print(Object.is(p, 0));
let s = -0;
for (const x of [1, 2, 3]) s *= x;
print(Object.is(s, -0), s);
const counts: number[] = [5, -5];
let total = 0;
for (const c of counts) total += c;
print(Object.is(total, 0), Object.is(-total, -0), Object.is(total / -1, -0), 1 / -total);
print(Object.is(parseInt("-0"), -0), Object.is(Number("-0"), -0), Object.is(parseFloat("-0.0"), -0));
print([0, -0, NaN].map((v) => [0, -0, NaN].map((w) => Object.is(v, w))));
print([-0].includes(0), [NaN].includes(NaN), [NaN].indexOf(NaN), new Set([0, -0]).size);
