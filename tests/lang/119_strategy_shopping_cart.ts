// Shopping cart with pluggable discount strategies as closures and as classes.
type Category = "food" | "tech" | "books";
interface LineItem {
  sku: string;
  unit: number;
  qty: number;
  category: Category;
}
type Discount = (items: LineItem[], subtotal: number) => { label: string; amount: number } | null;

const buyTwoGetOne = (sku: string): Discount => (items) => {
  const it = items.find((i) => i.sku === sku);
  if (!it || it.qty < 3) return null;
  return { label: `3 for 2 on ${sku}`, amount: Math.floor(it.qty / 3) * it.unit };
};
const percentOff = (pct: number, min: number): Discount => (_, subtotal) =>
  subtotal >= min ? { label: `${pct}% off over ${min}`, amount: Math.round(subtotal * pct) / 100 } : null;
const categoryOff = (cat: Category, amount: number): Discount => (items) =>
  items.some((i) => i.category === cat) ? { label: `${cat} coupon`, amount } : null;

class Cart {
  items: LineItem[] = [];
  constructor(private discounts: Discount[]) {}
  add(sku: string, unit: number, qty: number, category: Category): this {
    const existing = this.items.find((i) => i.sku === sku);
    if (existing) existing.qty += qty;
    else this.items.push({ sku, unit, qty, category });
    return this;
  }
  checkout(): void {
    const subtotal = this.items.reduce((s, i) => s + i.unit * i.qty, 0);
    console.log("items:");
    for (const i of this.items) console.log(`  ${i.sku.padEnd(8)} ${String(i.qty).padStart(2)} x ${i.unit.toFixed(2).padStart(7)} = ${(i.unit * i.qty).toFixed(2).padStart(8)}`);
    console.log(`subtotal ${subtotal.toFixed(2)}`);
    let total = subtotal;
    for (const d of this.discounts) {
      const r = d(this.items, subtotal);
      if (r) {
        total -= r.amount;
        console.log(`  - ${r.label}: ${r.amount.toFixed(2)}`);
      }
    }
    console.log(`total ${Math.max(0, total).toFixed(2)}`);
  }
}
const rules = [buyTwoGetOne("apple"), percentOff(10, 100), categoryOff("books", 5)];
new Cart(rules).add("apple", 0.5, 7, "food").add("laptop", 899.99, 1, "tech").add("novel", 12.5, 2, "books").add("apple", 0.5, 2, "food").checkout();
new Cart(rules).add("pen", 1.2, 3, "tech").checkout();
new Cart([]).checkout();
console.log(rules.length, typeof rules[0]);
