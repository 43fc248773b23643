// Arbitrary-precision non-negative integers as digit arrays: add, multiply, factorial, powers of two.
type Big = number[]; // little-endian base 10000 limbs
const BASE = 10000;

function fromNum(n: number): Big {
  const out: Big = [];
  do {
    out.push(n % BASE);
    n = Math.floor(n / BASE);
  } while (n > 0);
  return out;
}
function add(a: Big, b: Big): Big {
  const out: Big = [];
  let carry = 0;
  for (let i = 0; i < Math.max(a.length, b.length) || carry; i++) {
    const s = (a[i] ?? 0) + (b[i] ?? 0) + carry;
    out.push(s % BASE);
    carry = Math.floor(s / BASE);
  }
  return out;
}
function mulSmall(a: Big, m: number): Big {
  const out: Big = [];
  let carry = 0;
  for (let i = 0; i < a.length || carry; i++) {
    const p = (a[i] ?? 0) * m + carry;
    out.push(p % BASE);
    carry = Math.floor(p / BASE);
  }
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out;
}
function mul(a: Big, b: Big): Big {
  const out: number[] = Array.from({ length: a.length + b.length }, () => 0);
  for (let i = 0; i < a.length; i++) {
    let carry = 0;
    for (let j = 0; j < b.length || carry; j++) {
      const cur = out[i + j] + a[i] * (b[j] ?? 0) + carry;
      out[i + j] = cur % BASE;
      carry = Math.floor(cur / BASE);
    }
  }
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out;
}
function str(a: Big): string {
  let s = String(a[a.length - 1]);
  for (let i = a.length - 2; i >= 0; i--) s += String(a[i]).padStart(4, "0");
  return s;
}

let f: Big = fromNum(1);
for (let i = 2; i <= 50; i++) f = mulSmall(f, i);
console.log("50! =", str(f));
console.log("digits:", str(f).length, "digit sum:", [...str(f)].reduce((s, d) => s + Number(d), 0));
let p: Big = fromNum(1);
for (let i = 0; i < 128; i++) p = mulSmall(p, 2);
console.log("2^128 =", str(p));
let fa: Big = fromNum(0);
let fb: Big = fromNum(1);
for (let i = 0; i < 150; i++) [fa, fb] = [fb, add(fa, fb)];
console.log("fib(150) =", str(fa));
console.log("12345678901 * 98765432109 =", str(mul(fromNum(12345678901), fromNum(98765432109))));
console.log("check small:", str(mul(fromNum(9999), fromNum(9999))), 9999 * 9999);
const sq = mul(p, p);
console.log("2^256 =", str(sq), "limbs:", sq.length);
console.log(fromNum(0), fromNum(123456789), str(add(fromNum(9999), fromNum(1))));
