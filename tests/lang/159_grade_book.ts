// Grade book with nested records: weighted averages, letter grades, ranking with ties, JSON export.
interface Student {
  name: string;
  scores: { homework: number[]; midterm: number; final: number };
}
const weights = { homework: 0.3, midterm: 0.3, final: 0.4 };
const students: Student[] = [
  { name: "Avery", scores: { homework: [90, 85, 100, 95], midterm: 88, final: 92 } },
  { name: "Blake", scores: { homework: [70, 65, 80, 0], midterm: 75, final: 68 } },
  { name: "Casey", scores: { homework: [100, 100, 95, 98], midterm: 94, final: 85 } },
  { name: "Devon", scores: { homework: [60, 72, 68, 75], midterm: 59, final: 71 } },
  { name: "Emery", scores: { homework: [88, 92, 79, 85], midterm: 88, final: 92 } },
];
function hwAverage(hw: number[]): number {
  const sorted = hw.slice().sort((a, b) => a - b);
  const kept = sorted.slice(1);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}
function letter(g: number): string {
  if (g >= 90) return "A";
  if (g >= 80) return "B";
  if (g >= 70) return "C";
  if (g >= 60) return "D";
  return "F";
}
const rows = students.map((s) => {
  const hw = hwAverage(s.scores.homework);
  const total = hw * weights.homework + s.scores.midterm * weights.midterm + s.scores.final * weights.final;
  return { name: s.name, hw: Math.round(hw * 10) / 10, total: Math.round(total * 100) / 100, grade: letter(total) };
});
rows.sort((a, b) => b.total - a.total);
let rank = 0;
rows.forEach((r, i) => {
  if (i === 0 || r.total !== rows[i - 1].total) rank = i + 1;
  console.log(`${String(rank).padStart(2)}. ${r.name.padEnd(6)} hw ${r.hw.toFixed(1).padStart(5)} total ${r.total.toFixed(2).padStart(6)} ${r.grade}`);
});
const dist: Record<string, number> = {};
for (const r of rows) dist[r.grade] = (dist[r.grade] ?? 0) + 1;
console.log(dist);
console.log(JSON.stringify({ weights, results: rows.slice(0, 2) }, null, 2));
console.log(students[1]);
