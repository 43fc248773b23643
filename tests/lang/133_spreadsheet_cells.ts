// A mini spreadsheet: cells hold numbers or formulas (SUM, refs, + - * /), evaluated with memoized recursion.
const sheet: Record<string, string> = {
  A1: "10", A2: "20", A3: "30.5", A4: "=SUM(A1:A3)",
  B1: "=A1*2", B2: "=B1+A2", B3: "=B2/4", B4: "=SUM(B1:B3)",
  C1: "=A4-B4", C2: "=C1*C1", C3: "=D9+1", C4: "=C5", C5: "=C4",
};
const cache = new Map<string, number>();
const visiting = new Set<string>();
function cellValue(ref: string): number {
  const hit = cache.get(ref);
  if (hit !== undefined) return hit;
  if (visiting.has(ref)) return NaN; // cycle
  visiting.add(ref);
  const raw = sheet[ref] ?? "0";
  const v = raw.startsWith("=") ? evalFormula(raw.slice(1)) : Number(raw);
  visiting.delete(ref);
  cache.set(ref, v);
  return v;
}
function rangeRefs(a: string, b: string): string[] {
  const col1 = a.charCodeAt(0);
  const col2 = b.charCodeAt(0);
  const out: string[] = [];
  for (let c = col1; c <= col2; c++)
    for (let r = Number(a.slice(1)); r <= Number(b.slice(1)); r++) out.push(String.fromCharCode(c) + r);
  return out;
}
function evalFormula(f: string): number {
  if (f.startsWith("SUM(")) {
    const [a, b] = f.slice(4, -1).split(":");
    return rangeRefs(a, b).reduce((s, r) => s + cellValue(r), 0);
  }
  for (const op of ["+", "-", "*", "/"]) {
    const i = f.lastIndexOf(op);
    if (i > 0) {
      const l = term(f.slice(0, i));
      const r = term(f.slice(i + 1));
      return op === "+" ? l + r : op === "-" ? l - r : op === "*" ? l * r : l / r;
    }
  }
  return term(f);
}
function term(t: string): number {
  const n = Number(t);
  return Number.isNaN(n) ? cellValue(t) : n;
}
const cols = ["A", "B", "C"];
console.log("    " + cols.map((c) => c.padStart(10)).join(""));
for (let r = 1; r <= 5; r++) {
  console.log(String(r).padStart(3) + " " + cols.map((c) => {
    const ref = c + r;
    return (ref in sheet ? String(cellValue(ref)) : "").padStart(10);
  }).join(""));
}
console.log(Object.fromEntries(cache));
sheet.A1 = "100";
cache.clear();
console.log("after A1=100:", cellValue("A4"), cellValue("B4"), cellValue("C2"));
