// Polynomial arithmetic with coefficient arrays: add, multiply, evaluate (Horner), derive, print.
type Poly = number[]; // coefficient of x^i at index i
function trim(p: Poly): Poly {
  const q = p.slice();
  while (q.length > 1 && q[q.length - 1] === 0) q.pop();
  return q;
}
const add = (a: Poly, b: Poly): Poly => trim(Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0)));
function mul(a: Poly, b: Poly): Poly {
  const out: Poly = Array.from({ length: a.length + b.length - 1 }, () => 0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] += x * y)));
  return trim(out);
}
const evalAt = (p: Poly, x: number) => p.reduceRight((acc, c) => acc * x + c, 0);
const derive = (p: Poly): Poly => (p.length <= 1 ? [0] : p.slice(1).map((c, i) => c * (i + 1)));
function show(p: Poly): string {
  const terms: string[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const c = p[i];
    if (c === 0 && p.length > 1) continue;
    const abs = Math.abs(c);
    const coef = abs === 1 && i > 0 ? "" : String(abs);
    const xp = i === 0 ? "" : i === 1 ? "x" : `x^${i}`;
    const sign = c < 0 ? "-" : "+";
    terms.push(terms.length === 0 ? (c < 0 ? "-" : "") + coef + xp : ` ${sign} ${coef}${xp}`);
  }
  return terms.join("") || "0";
}
const p: Poly = [-1, 0, 1]; // x^2 - 1
const q: Poly = [1, 1]; // x + 1
console.log(show(p), "|", show(q), "|", show(add(p, q)), "|", show(mul(p, q)));
let binomial: Poly = [1];
for (let i = 0; i < 6; i++) binomial = mul(binomial, [1, 1]);
console.log(show(binomial), binomial);
console.log([-2, -1, 0, 0.5, 1, 2].map((x) => evalAt(mul(p, q), x)));
let d = [5, -3, 0, 2, 1];
for (let k = 0; k < 5; k++) {
  console.log(`d${k}:`, show(d));
  d = derive(d);
}
function newton(f: Poly, x0: number): number {
  const df = derive(f);
  let x = x0;
  for (let i = 0; i < 30; i++) x -= evalAt(f, x) / evalAt(df, x);
  return x;
}
console.log("sqrt(2) by Newton:", newton([-2, 0, 1], 1), "cube root of 5:", newton([-5, 0, 0, 1], 2).toFixed(12));
console.log(show([0]), show([0, 0, -1]), show([3, -1]), show(add([1, 2, 3], [-1, -2, -3])));
