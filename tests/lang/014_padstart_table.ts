// Render a formatted table using padStart/padEnd, repeat and join.
interface Row {
  item: string;
  qty: number;
  price: number;
}

const rows: Row[] = [
  { item: "Apples", qty: 12, price: 0.5 },
  { item: "Bread", qty: 1, price: 2.25 },
  { item: "Cheese (aged)", qty: 3, price: 7.99 },
  { item: "Dates", qty: 250, price: 0.04 },
  { item: "Eggs", qty: 18, price: 0.3333 },
];

const headers = ["Item", "Qty", "Unit", "Total"];
const body = rows.map((r) => [r.item, String(r.qty), r.price.toFixed(2), (r.qty * r.price).toFixed(2)]);
const grand = rows.reduce((s, r) => s + r.qty * r.price, 0);
const footer = ["TOTAL", String(rows.reduce((s, r) => s + r.qty, 0)), "", grand.toFixed(2)];

const all = [headers, ...body, footer];
const widths = headers.map((_, c) => Math.max(...all.map((r) => r[c].length)));
console.log("widths:", widths);

function line(ch: string, joint: string): string {
  return joint + widths.map((w) => ch.repeat(w + 2)).join(joint) + joint;
}
function fmt(cells: string[]): string {
  return "|" + cells.map((c, i) => " " + (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])) + " ").join("|") + "|";
}

console.log(line("=", "+"));
console.log(fmt(headers));
console.log(line("-", "+"));
for (const r of body) console.log(fmt(r));
console.log(line("-", "+"));
console.log(fmt(footer));
console.log(line("=", "+"));

// Right-aligned number column with different paddings
for (const n of [1, 22, 333, 4444, 55555, 666666]) {
  console.log(`[${String(n).padStart(5, "0")}] [${String(n).padEnd(5, "*")}] [${String(n).padStart(8, "ab")}]`);
}
console.log("x".padStart(0), "|", "abc".padStart(2), "|", "abc".padEnd(6, ""), "|");
console.log("-".repeat(0) === "", "ab".repeat(3), "=".repeat(20));
