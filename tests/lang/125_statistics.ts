// Descriptive statistics: mean, median, mode, percentiles, standard deviation, correlation.
const heights = [172, 165, 180, 158, 172, 190, 168, 175, 172, 160, 183, 177, 169, 165, 171];
const weights = [70, 60, 85, 52, 68, 95, 66, 74, 71, 55, 88, 79, 64, 61, 69];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function modes(xs: number[]): number[] {
  const c = new Map<number, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  const max = Math.max(...c.values());
  return [...c].filter(([, n]) => n === max).map(([v]) => v).sort((a, b) => a - b);
}
function percentile(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  const idx = (p / 100) * (s.length - 1);
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return s[lo] + (s[hi] - s[lo]) * (idx - lo);
}
function stdev(xs: number[], sample = true): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - (sample ? 1 : 0)));
}
function correlation(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let dx = 0;
  let dy = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    dx += (x - mx) ** 2;
    dy += (ys[i] - my) ** 2;
  });
  return num / Math.sqrt(dx * dy);
}
for (const [name, xs] of [["heights", heights], ["weights", weights]] as [string, number[]][]) {
  console.log(name, {
    n: xs.length,
    mean: +mean(xs).toFixed(3),
    median: median(xs),
    modes: modes(xs),
    p25: percentile(xs, 25),
    p90: percentile(xs, 90),
    sd: +stdev(xs).toFixed(4),
    range: Math.max(...xs) - Math.min(...xs),
  });
}
console.log("correlation:", correlation(heights, weights).toFixed(6));
const bmi = heights.map((h, i) => weights[i] / (h / 100) ** 2);
console.log(bmi.map((b) => b.toFixed(1)).join(" "));
console.log("median of even list:", median([4, 1, 3, 2]), "population sd:", stdev([2, 4, 4, 4, 5, 5, 7, 9], false));
