// Template literals: nesting, expressions, multi-line, and interpolation of various value types.
interface Product {
  sku: string;
  name: string;
  price: number;
  tags: string[];
  discount?: number;
}

const products: Product[] = [
  { sku: "A-1", name: "Lamp", price: 19.99, tags: ["home", "light"] },
  { sku: "B-22", name: "Desk", price: 149, tags: [], discount: 0.15 },
  { sku: "C-333", name: "Chair \"Pro\"", price: 89.5, tags: ["office"], discount: 0 },
];

function describe(p: Product): string {
  const final = p.price * (1 - (p.discount ?? 0));
  return `${p.sku}: ${p.name} costs $${final.toFixed(2)}${p.discount ? ` (was $${p.price}, -${p.discount * 100}%)` : ""} tags=${p.tags.length ? p.tags.join("/") : "none"}`;
}

for (const p of products) console.log(describe(p));

const n = 7;
console.log(`${n} squared is ${n * n}, cubed is ${n ** 3}, half is ${n / 2}`);
console.log(`bools: ${true} ${!true} ${n > 5 && n < 10}`);
console.log(`null/undefined: ${null} ${undefined}`);
console.log(`array: ${[1, 2, [3, 4]]} empty: [${[]}]`);
console.log(`numbers: ${0.1 + 0.2} ${1e21} ${1 / 3} ${-0} ${2 ** 53} ${NaN} ${-Infinity}`);
console.log(`nested: ${`inner ${`deep ${n}`}`}`);
const multi = `line one
  line two (indented)
line three with \`backticks\` and \${not interpolated}`;
console.log(multi);
console.log(multi.split("\n").length);

const rows = [1, 2, 3].map((i) => `<tr>${[1, 2, 3].map((j) => `<td>${i * j}</td>`).join("")}</tr>`);
console.log(`<table>\n${rows.join("\n")}\n</table>`);
const esc = `tab:\tnewline-escaped:\\n quote:" apostrophe:' unicode:\u00e9 \x41`;
console.log(esc, esc.length);
function tagless(strings: string[], ...vals: number[]): string {
  return strings.map((s, i) => s + (i < vals.length ? `<${vals[i]}>` : "")).join("");
}
console.log(tagless(["a", "b", "c"], 1, 2));
