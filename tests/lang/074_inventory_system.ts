// Inventory management: receiving, orders with partial fulfilment, reorder points and a report.
interface StockItem {
  sku: string;
  name: string;
  onHand: number;
  reorderAt: number;
  reorderQty: number;
  cost: number;
}
interface OrderLine {
  sku: string;
  qty: number;
}

const stock = new Map<string, StockItem>();
function addItem(sku: string, name: string, onHand: number, reorderAt: number, reorderQty: number, cost: number): void {
  stock.set(sku, { sku, name, onHand, reorderAt, reorderQty, cost });
}
addItem("W-100", "widget", 40, 10, 50, 1.25);
addItem("G-200", "gadget", 5, 5, 20, 7.5);
addItem("S-300", "sprocket", 0, 2, 10, 0.4);
addItem("D-400", "doohickey", 12, 3, 6, 12);

const backorders: OrderLine[] = [];
const purchaseOrders: string[] = [];

function fulfil(orderId: string, lines: OrderLine[]): void {
  const shipped: string[] = [];
  for (const line of lines) {
    const item = stock.get(line.sku);
    if (!item) {
      console.log(`  ${orderId}: unknown sku ${line.sku}`);
      continue;
    }
    const ship = Math.min(item.onHand, line.qty);
    item.onHand -= ship;
    if (ship > 0) shipped.push(`${ship}x${item.name}`);
    if (ship < line.qty) backorders.push({ sku: line.sku, qty: line.qty - ship });
    if (item.onHand <= item.reorderAt) {
      purchaseOrders.push(`PO ${item.sku} +${item.reorderQty}`);
      item.onHand += item.reorderQty;
    }
  }
  console.log(`${orderId}: shipped [${shipped.join(", ")}]`);
}

fulfil("ord-1", [{ sku: "W-100", qty: 25 }, { sku: "G-200", qty: 2 }]);
fulfil("ord-2", [{ sku: "S-300", qty: 4 }, { sku: "X-999", qty: 1 }]);
fulfil("ord-3", [{ sku: "W-100", qty: 30 }, { sku: "D-400", qty: 12 }]);
fulfil("ord-4", [{ sku: "G-200", qty: 30 }]);

console.log("backorders:", backorders);
console.log("purchase orders:", purchaseOrders);
let value = 0;
console.log("SKU    NAME        ON HAND      VALUE");
for (const item of stock.values()) {
  const v = item.onHand * item.cost;
  value += v;
  console.log(`${item.sku} ${item.name.padEnd(10)} ${String(item.onHand).padStart(8)} ${v.toFixed(2).padStart(10)}`);
}
console.log("total value:", value.toFixed(2));
const low = [...stock.values()].filter((i) => i.onHand < i.reorderAt * 2).map((i) => i.sku);
console.log("watch list:", low);
console.log(stock.get("D-400"));
