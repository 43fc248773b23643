// Binary search variants: exact, lower bound, upper bound, and search on a monotone function.
function binarySearch(a: number[], target: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] === target) return mid;
    if (a[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

function lowerBound(a: number[], target: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: number[], target: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isqrt(n: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mid * mid <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function bisect(f: (x: number) => number, lo: number, hi: number, iters: number): number {
  for (let i = 0; i < iters; i++) {
    const mid = (lo + hi) / 2;
    if (f(lo) * f(mid) <= 0) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

const arr = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34, 55];
for (const t of [0, 1, 3, 4, 21, 55, 100]) {
  console.log(
    `t=${t}`.padEnd(6),
    "idx", String(binarySearch(arr, t)).padStart(3),
    "lb", lowerBound(arr, t),
    "ub", upperBound(arr, t),
    "count", upperBound(arr, t) - lowerBound(arr, t),
  );
}
console.log([0, 1, 2, 15, 16, 17, 99, 100, 1000000, 2147395600].map(isqrt));
const root2 = bisect((x) => x * x - 2, 0, 2, 50);
console.log("sqrt2 ~", root2, root2.toFixed(10), Math.abs(root2 - Math.SQRT2) < 1e-12);
const cubeRoot = bisect((x) => x * x * x - 10, 0, 10, 60);
console.log("cbrt10 ~", cubeRoot.toFixed(12), Math.cbrt(10).toFixed(12));
console.log(arr.indexOf(21), arr.lastIndexOf(21), arr.includes(34), arr.findIndex((v) => v > 10));
