// Elementary cellular automata (rules 30, 90, 110) rendered as text, with population counts.
function runRule(rule: number, width: number, steps: number): { lines: string[]; counts: number[] } {
  let cells: number[] = Array.from({ length: width }, (_, i) => (i === Math.floor(width / 2) ? 1 : 0));
  const lines: string[] = [];
  const counts: number[] = [];
  for (let s = 0; s < steps; s++) {
    lines.push(cells.map((c) => (c ? "#" : ".")).join(""));
    counts.push(cells.reduce((a, b) => a + b, 0));
    const next: number[] = [];
    for (let i = 0; i < width; i++) {
      const l = cells[(i - 1 + width) % width];
      const c = cells[i];
      const r = cells[(i + 1) % width];
      next.push((rule >> ((l << 2) | (c << 1) | r)) & 1);
    }
    cells = next;
  }
  return { lines, counts };
}
for (const rule of [30, 90, 110]) {
  const { lines, counts } = runRule(rule, 41, 16);
  console.log(`rule ${rule} (binary ${rule.toString(2).padStart(8, "0")})`);
  console.log(lines.join("\n"));
  console.log("counts:", counts.join(","));
}
const centre = runRule(30, 101, 64).lines.map((l) => l[50]).join("");
console.log("rule 30 centre column:", centre);
let bits = 0;
for (let i = 0; i < 31; i++) bits = (bits << 1) | (centre[i] === "#" ? 1 : 0);
console.log("as integer:", bits, bits.toString(16));
