// Hand-written quicksort (Lomuto and Hoare partitions) with comparison counting.
let comparisons = 0;

function lomuto(a: number[], lo: number, hi: number): number {
  const pivot = a[hi];
  let i = lo;
  for (let j = lo; j < hi; j++) {
    comparisons++;
    if (a[j] < pivot) {
      [a[i], a[j]] = [a[j], a[i]];
      i++;
    }
  }
  [a[i], a[hi]] = [a[hi], a[i]];
  return i;
}

function quickLomuto(a: number[], lo = 0, hi = a.length - 1): void {
  if (lo >= hi) return;
  const p = lomuto(a, lo, hi);
  quickLomuto(a, lo, p - 1);
  quickLomuto(a, p + 1, hi);
}

function quickHoare(a: number[], lo: number, hi: number): void {
  if (lo >= hi) return;
  const pivot = a[(lo + hi) >> 1];
  let i = lo - 1;
  let j = hi + 1;
  for (;;) {
    do { i++; comparisons++; } while (a[i] < pivot);
    do { j--; comparisons++; } while (a[j] > pivot);
    if (i >= j) break;
    const t = a[i]; a[i] = a[j]; a[j] = t;
  }
  quickHoare(a, lo, j);
  quickHoare(a, j + 1, hi);
}

// Deterministic pseudo-random numbers (LCG)
let seed = 12345;
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

const data: number[] = [];
for (let i = 0; i < 40; i++) data.push(rnd(1000));
console.log("input:", data);

const a = data.slice();
comparisons = 0;
quickLomuto(a);
console.log("lomuto:", a);
console.log("lomuto comparisons:", comparisons);

const b = data.slice();
comparisons = 0;
quickHoare(b, 0, b.length - 1);
console.log("hoare comparisons:", comparisons);
console.log("same result:", a.join() === b.join());

const sorted = Array.from({ length: 20 }, (_, i) => i);
comparisons = 0;
quickLomuto(sorted);
console.log("sorted input worst case comparisons:", comparisons);

const withDups = [3, 1, 3, 3, 2, 1, 2, 3, 1, 0, -5, 3.5, -0.5];
quickHoare(withDups, 0, withDups.length - 1);
console.log(withDups);
let ok = true;
for (let i = 1; i < a.length; i++) if (a[i - 1] > a[i]) ok = false;
console.log("verified:", ok);
