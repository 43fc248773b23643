// A Rational class with normalisation via gcd, arithmetic, comparison, and continued fractions.
class Rational {
  readonly num: number;
  readonly den: number;
  constructor(n: number, d = 1) {
    if (d === 0) throw new Error("zero denominator");
    const g = Rational.gcd(Math.abs(n), Math.abs(d));
    const sign = d < 0 ? -1 : 1;
    this.num = (sign * n) / g;
    this.den = Math.abs(d) / g;
  }
  static gcd(a: number, b: number): number {
    while (b) [a, b] = [b, a % b];
    return a || 1;
  }
  add(o: Rational): Rational { return new Rational(this.num * o.den + o.num * this.den, this.den * o.den); }
  sub(o: Rational): Rational { return new Rational(this.num * o.den - o.num * this.den, this.den * o.den); }
  mul(o: Rational): Rational { return new Rational(this.num * o.num, this.den * o.den); }
  div(o: Rational): Rational { return new Rational(this.num * o.den, this.den * o.num); }
  cmp(o: Rational): number { return this.num * o.den - o.num * this.den; }
  toString(): string { return this.den === 1 ? `${this.num}` : `${this.num}/${this.den}`; }
  value(): number { return this.num / this.den; }
  static fromDecimal(s: string): Rational {
    const dot = s.indexOf(".");
    if (dot < 0) return new Rational(Number(s));
    const places = s.length - dot - 1;
    return new Rational(Number(s.replace(".", "")), 10 ** places);
  }
}

const r = (n: number, d = 1) => new Rational(n, d);
const half = r(1, 2);
const third = r(1, 3);
console.log(`${half} + ${third} = ${half.add(third)}`);
console.log(`${half} - ${third} = ${half.sub(third)}`);
console.log(`${half} * ${third} = ${half.mul(third)}`);
console.log(`${half} / ${third} = ${half.div(third)}`);
console.log(`${r(6, -8)} ${r(-3, -9)} ${r(0, 5)} ${r(10, 5)}`);
let h = r(0);
for (let i = 1; i <= 10; i++) h = h.add(r(1, i));
console.log("H10 =", String(h), h.value());
const sorted = [r(3, 4), r(-1, 2), r(2, 3), r(5, 8), r(7, 10), r(0)].sort((a, b) => a.cmp(b));
console.log(sorted.map(String).join(" < "));
console.log(["0.75", "0.1", "2.125", "-1.5", "3"].map((s) => String(Rational.fromDecimal(s))));
function continuedFraction(q: Rational): number[] {
  const out: number[] = [];
  let n = q.num;
  let d = q.den;
  while (d !== 0) {
    const a = Math.floor(n / d);
    out.push(a);
    [n, d] = [d, n - a * d];
  }
  return out;
}
console.log(continuedFraction(r(415, 93)), continuedFraction(r(355, 113)), continuedFraction(h));
console.log(r(22, 7).sub(r(355, 113)).value(), half);
