// Two-pointer and sliding-window algorithms over arrays and strings.
function maxSumWindow(xs: number[], k: number): [number, number] {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += xs[i];
  let best = sum;
  let at = 0;
  for (let i = k; i < xs.length; i++) {
    sum += xs[i] - xs[i - k];
    if (sum > best) { best = sum; at = i - k + 1; }
  }
  return [best, at];
}
function longestUniqueSubstring(s: string): string {
  const last = new Map<string, number>();
  let start = 0;
  let best = "";
  for (let i = 0; i < s.length; i++) {
    const prev = last.get(s[i]);
    if (prev !== undefined && prev >= start) start = prev + 1;
    last.set(s[i], i);
    if (i - start + 1 > best.length) best = s.slice(start, i + 1);
  }
  return best;
}
function twoSumSorted(xs: number[], target: number): [number, number] | null {
  let i = 0;
  let j = xs.length - 1;
  while (i < j) {
    const s = xs[i] + xs[j];
    if (s === target) return [xs[i], xs[j]];
    if (s < target) i++;
    else j--;
  }
  return null;
}
function minWindowAtLeast(xs: number[], target: number): number {
  let lo = 0;
  let sum = 0;
  let best = Infinity;
  for (let hi = 0; hi < xs.length; hi++) {
    sum += xs[hi];
    while (sum >= target) {
      best = Math.min(best, hi - lo + 1);
      sum -= xs[lo++];
    }
  }
  return best;
}
const data = [2, -1, 3, 5, -2, 8, 1, -7, 4, 6, 0, 3];
for (const k of [1, 3, 5, 12]) console.log(`k=${k}`, maxSumWindow(data, k));
for (const s of ["abcabcbb", "bbbbb", "pwwkew", "", "abcdef", "tsfw compiler"]) console.log(JSON.stringify(s), "->", JSON.stringify(longestUniqueSubstring(s)));
const sorted = [1, 3, 4, 6, 8, 11, 15];
console.log([10, 14, 26, 2, 19].map((t) => twoSumSorted(sorted, t)));
console.log([7, 15, 100, 1].map((t) => minWindowAtLeast([2, 3, 1, 2, 4, 3], t)));
const dedup = [1, 1, 2, 3, 3, 3, 4, 5, 5];
let w = 0;
for (let r = 0; r < dedup.length; r++) if (r === 0 || dedup[r] !== dedup[r - 1]) dedup[w++] = dedup[r];
dedup.length = w;
console.log(dedup);
