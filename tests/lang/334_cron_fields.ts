// Cron expressions for a device's scheduler: each field checked by a RegExp, then expanded.
const part = /^(?:\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/;
const limits: [string, number, number][] = [["minute", 0, 59], ["hour", 0, 23], ["day", 1, 31], ["month", 1, 12], ["weekday", 0, 6]];
function expand(field: string, lo: number, hi: number): number[] | string {
  const out: number[] = [];
  for (const item of field.split(",")) {
    const m = part.exec(item);
    if (!m) return `bad item '${item}'`;
    const start = m[1] === undefined ? lo : Number(m[1]);
    const end = m[2] !== undefined ? Number(m[2]) : m[1] === undefined || m[3] !== undefined ? hi : start;
    const step = m[3] === undefined ? 1 : Number(m[3]);
    if (start < lo || end > hi || start > end || step < 1) return `out of range '${item}'`;
    for (let v = start; v <= end; v += step) if (!out.includes(v)) out.push(v);
  }
  return out.sort((a, b) => a - b);
}
for (const expr of ["*/15 9-17 * * 1-5", "0 0 1,15 * *", "5 4 * * 0", "61 * * * *", "0 12 * * 1-5/2", "a b c", "0 0 * *"]) {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) {
    print(expr, "-> needs 5 fields, got", fields.length);
    continue;
  }
  const parts = fields.map((f, i) => `${limits[i][0]}=${JSON.stringify(expand(f, limits[i][1], limits[i][2]))}`);
  print(expr, "->", parts.join(" "));
}
