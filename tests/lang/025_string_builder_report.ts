// Building a multi-section text report from structured data with arrays of lines.
interface Sale {
  region: string;
  month: number;
  units: number;
  unitPrice: number;
}

const sales: Sale[] = [];
const regions = ["North", "South", "East", "West"];
for (let m = 1; m <= 6; m++) {
  regions.forEach((region, r) => {
    const units = ((m * 37 + r * 53) % 90) + 10;
    sales.push({ region, month: m, units, unitPrice: 4 + r * 0.75 });
  });
}

const out: string[] = [];
out.push("SALES REPORT".padStart(30));
out.push("=".repeat(48));
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
out.push("Region".padEnd(8) + monthNames.map((m) => m.padStart(6)).join("") + "Total".padStart(8));
const totals: number[] = monthNames.map(() => 0);
for (const region of regions) {
  const mine = sales.filter((s) => s.region === region);
  const cells = mine.map((s) => s.units);
  cells.forEach((u, i) => (totals[i] += u));
  const sum = cells.reduce((a, b) => a + b, 0);
  out.push(region.padEnd(8) + cells.map((c) => String(c).padStart(6)).join("") + String(sum).padStart(8));
}
out.push("-".repeat(48));
out.push("All".padEnd(8) + totals.map((t) => String(t).padStart(6)).join("") + String(totals.reduce((a, b) => a + b)).padStart(8));
out.push("");

const revenue = new Map<string, number>();
for (const s of sales) revenue.set(s.region, (revenue.get(s.region) ?? 0) + s.units * s.unitPrice);
const best = [...revenue.entries()].sort((a, b) => b[1] - a[1]);
out.push("Revenue ranking:");
best.forEach(([r, v], i) => out.push(`  ${i + 1}. ${r.padEnd(6)} $${v.toFixed(2).padStart(9)}`));
const avg = sales.reduce((a, s) => a + s.units, 0) / sales.length;
out.push(`Average units per entry: ${avg.toFixed(3)}`);
const maxSale = sales.reduce((m, s) => (s.units > m.units ? s : m));
out.push(`Largest entry: ${maxSale.region} in ${monthNames[maxSale.month - 1]} with ${maxSale.units} units`);

console.log(out.join("\n"));
console.log("lines:", out.length, "chars:", out.join("\n").length);
console.log(best);
