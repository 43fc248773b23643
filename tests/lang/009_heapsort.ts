// In-place heapsort with sift-down, showing the heap after build and each extraction.
function siftDown(a: number[], start: number, end: number): number {
  let swaps = 0;
  let root = start;
  while (2 * root + 1 <= end) {
    const child = 2 * root + 1;
    let swap = root;
    if (a[swap] < a[child]) swap = child;
    if (child + 1 <= end && a[swap] < a[child + 1]) swap = child + 1;
    if (swap === root) return swaps;
    const t = a[root];
    a[root] = a[swap];
    a[swap] = t;
    swaps++;
    root = swap;
  }
  return swaps;
}

function heapify(a: number[]): number {
  let swaps = 0;
  for (let start = (a.length - 2) >> 1; start >= 0; start--) {
    swaps += siftDown(a, start, a.length - 1);
  }
  return swaps;
}

function heapSort(a: number[], verbose: boolean): number {
  let swaps = heapify(a);
  if (verbose) console.log("heap:", a.join(" "));
  for (let end = a.length - 1; end > 0; end--) {
    const t = a[end];
    a[end] = a[0];
    a[0] = t;
    swaps += 1 + siftDown(a, 0, end - 1);
    if (verbose) console.log(`  end=${String(end).padStart(2)} | ${a.slice(0, end).join(" ")} | ${a.slice(end).join(" ")}`);
  }
  return swaps;
}

function isHeap(a: number[]): boolean {
  for (let i = 1; i < a.length; i++) {
    if (a[(i - 1) >> 1] < a[i]) return false;
  }
  return true;
}

const small = [5, 13, 2, 25, 7, 17, 20, 8, 4];
const s = heapSort(small, true);
console.log("sorted:", small, "swaps:", s);

const big: number[] = [];
let x = 7;
for (let i = 0; i < 120; i++) {
  x = (x * 31 + 11) % 997;
  big.push(x - 500);
}
const copy = big.slice();
heapify(copy);
console.log("isHeap after heapify:", isHeap(copy), "max:", copy[0]);
const swaps = heapSort(big, false);
console.log("swaps for 120:", swaps);
console.log(big);
const ref = copy.slice().sort((p, q) => p - q);
console.log("matches builtin:", ref.every((v, i) => v === big[i]));
