// Vertical and horizontal histograms of exam scores, printed with print() and string repeat.
const scores = [55, 67, 72, 88, 91, 45, 78, 82, 69, 73, 95, 100, 61, 58, 77, 84, 89, 70, 66, 79, 92, 38, 74, 81];
const bins = [0, 0, 0, 0, 0, 0, 0];
const labels = ["<40", "40s", "50s", "60s", "70s", "80s", "90+"];
for (const s of scores) {
  const i = s < 40 ? 0 : s >= 90 ? 6 : Math.floor(s / 10) - 3;
  bins[i]++;
}
print("horizontal:");
bins.forEach((n, i) => print(`${labels[i].padStart(4)} | ${"#".repeat(n)}${n ? " " + n : ""}`));
print("vertical:");
const max = Math.max(...bins);
for (let level = max; level >= 1; level--) {
  print(bins.map((n) => (n >= level ? " ## " : "    ")).join("").trimEnd());
}
print(labels.map((l) => l.padStart(3).padEnd(4)).join(""));
const sorted = scores.slice().sort((a, b) => a - b);
print("sorted:", sorted);
print("stem and leaf:");
const stems = new Map<number, number[]>();
for (const s of sorted) {
  const stem = Math.floor(s / 10);
  stems.set(stem, [...(stems.get(stem) ?? []), s % 10]);
}
for (const [stem, leaves] of stems) print(String(stem).padStart(3), "|", leaves.join(" "));
const passRate = scores.filter((s) => s >= 60).length / scores.length;
print(`pass rate: ${(passRate * 100).toFixed(1)}%`, { bins, total: scores.length });
const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
const above = scores.filter((s) => s > mean).length;
print("mean:", mean.toFixed(2), "above mean:", above, "below:", scores.length - above);
print("top three:", sorted.slice(-3).reverse(), "bottom three:", sorted.slice(0, 3));
