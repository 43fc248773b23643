// Fibonacci computed recursively, iteratively, by fast doubling, and via matrix power.
function fibRec(n: number): number {
  return n < 2 ? n : fibRec(n - 1) + fibRec(n - 2);
}

function fibIter(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

function fibDoubling(n: number): [number, number] {
  if (n === 0) return [0, 1];
  const [a, b] = fibDoubling(Math.floor(n / 2));
  const c = a * (2 * b - a);
  const d = a * a + b * b;
  return n % 2 === 0 ? [c, d] : [d, c + d];
}

type Mat = [number, number, number, number];
function matMul(x: Mat, y: Mat): Mat {
  return [x[0] * y[0] + x[1] * y[2], x[0] * y[1] + x[1] * y[3], x[2] * y[0] + x[3] * y[2], x[2] * y[1] + x[3] * y[3]];
}
function matPow(m: Mat, n: number): Mat {
  let result: Mat = [1, 0, 0, 1];
  let base = m;
  while (n > 0) {
    if (n & 1) result = matMul(result, base);
    base = matMul(base, base);
    n >>= 1;
  }
  return result;
}

const first: number[] = [];
for (let i = 0; i <= 25; i++) first.push(fibRec(i));
console.log(first);
for (const n of [10, 30, 50, 70, 78, 79, 100]) {
  const it = fibIter(n);
  const dbl = fibDoubling(n)[0];
  const mat = matPow([1, 1, 1, 0], n)[1];
  console.log(`fib(${n}) = ${it} ${it === dbl && dbl === mat ? "agree" : "differ"} safe=${Number.isSafeInteger(it)}`);
}
console.log(fibIter(1476), fibIter(1477));
const ratios = [5, 10, 20, 40].map((n) => fibIter(n + 1) / fibIter(n));
console.log(ratios, (1 + Math.sqrt(5)) / 2);
const evenSum = first.filter((f) => f % 2 === 0).reduce((a, b) => a + b, 0);
console.log("sum of even fibs up to fib(25):", evenSum);
