// Top-down merge sort on records with a stability check, plus bottom-up variant.
interface Rec {
  name: string;
  score: number;
  seq: number;
}

function mergeSort<T>(arr: T[], cmp: (a: T, b: T) => number): T[] {
  if (arr.length <= 1) return arr.slice();
  const mid = Math.floor(arr.length / 2);
  const left = mergeSort(arr.slice(0, mid), cmp);
  const right = mergeSort(arr.slice(mid), cmp);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (cmp(left[i], right[j]) <= 0) out.push(left[i++]);
    else out.push(right[j++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

function bottomUp(a: number[]): number[] {
  let src = a.slice();
  for (let width = 1; width < src.length; width *= 2) {
    const dst: number[] = [];
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      let i = lo;
      let j = mid;
      while (i < mid && j < hi) dst.push(src[i] <= src[j] ? src[i++] : src[j++]);
      while (i < mid) dst.push(src[i++]);
      while (j < hi) dst.push(src[j++]);
    }
    console.log(`width ${width}:`, dst.join(" "));
    src = dst;
  }
  return src;
}

const names = ["ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou"];
const recs: Rec[] = names.map((name, i) => ({ name, score: (i * 7) % 4, seq: i }));
const sorted = mergeSort(recs, (a, b) => a.score - b.score);
for (const r of sorted) console.log(`${r.score} ${r.name} #${r.seq}`);

let stable = true;
for (let i = 1; i < sorted.length; i++) {
  if (sorted[i - 1].score === sorted[i].score && sorted[i - 1].seq > sorted[i].seq) stable = false;
}
console.log("stable:", stable);

const builtin = recs.slice().sort((a, b) => b.score - a.score);
console.log("builtin desc:", builtin.map((r) => r.name + r.score).join(","));

console.log(bottomUp([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11]));
console.log(mergeSort(["pear", "Apple", "fig", "banana", "apple", "Fig"], (a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(mergeSort([] as number[], (a, b) => a - b), mergeSort([42], (a, b) => a - b));
