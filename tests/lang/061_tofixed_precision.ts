// toFixed, toPrecision and String() across magnitudes; building a price list with rounding rules.
const values = [0, 1, -1, 0.5, 1.005, 1.255, 10.235, 123.456, 0.000123456, 98765.4321, 1e21, 1.45e-10, -0.0049, 999.995];
for (const v of values) {
  const cells = [String(v), v.toFixed(0), v.toFixed(2), v.toFixed(5), v.toPrecision(1), v.toPrecision(4), v.toPrecision(10)];
  console.log(cells.map((c) => c.padStart(14)).join(""));
}

interface Item {
  name: string;
  cents: number;
  qty: number;
  taxRate: number;
}
const items: Item[] = [
  { name: "pen", cents: 199, qty: 3, taxRate: 0.0825 },
  { name: "notebook", cents: 349, qty: 2, taxRate: 0.0825 },
  { name: "bread", cents: 275, qty: 1, taxRate: 0 },
  { name: "coffee", cents: 1299, qty: 1, taxRate: 0.05 },
];
let subtotal = 0;
let tax = 0;
for (const it of items) {
  const line = it.cents * it.qty;
  const t = Math.round(line * it.taxRate);
  subtotal += line;
  tax += t;
  console.log(`${it.name.padEnd(10)} ${it.qty} x ${(it.cents / 100).toFixed(2)} = ${(line / 100).toFixed(2).padStart(7)}  tax ${(t / 100).toFixed(2)}`);
}
console.log(`subtotal ${(subtotal / 100).toFixed(2)} tax ${(tax / 100).toFixed(2)} total ${((subtotal + tax) / 100).toFixed(2)}`);

const percents = [0.1234, 0.5, 0.999, 1, 0.00049];
console.log(percents.map((p) => (p * 100).toFixed(1) + "%").join(" "));
console.log((25).toPrecision(1), (35).toPrecision(1), (0.00001).toPrecision(1), (123456).toPrecision(2), (1e-7).toPrecision(3));
console.log((1.23e-5).toFixed(8), (-1.5).toFixed(0), (-2.5).toFixed(0), (0.000001).toFixed(7), (1234.5678).toFixed(20));
