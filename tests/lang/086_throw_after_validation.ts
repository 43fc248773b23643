// Validate a batch of records, print a report, then fail the program with an uncaught error.
interface Order {
  id: string;
  qty: number;
  price: number;
  customer?: string;
}

const orders: Order[] = [
  { id: "o-1", qty: 2, price: 9.99, customer: "ann" },
  { id: "o-2", qty: 0, price: 5 },
  { id: "o-3", qty: 1, price: -4, customer: "bob" },
  { id: "o-4", qty: 10, price: 1.5, customer: "cy" },
  { id: "o-5", qty: 3, price: NaN, customer: "" },
];

function validate(o: Order): string[] {
  const errs: string[] = [];
  if (!Number.isInteger(o.qty) || o.qty <= 0) errs.push("qty must be a positive integer");
  if (!(o.price >= 0)) errs.push("price must be non-negative");
  if (!o.customer) errs.push("customer missing");
  return errs;
}

let valid = 0;
let total = 0;
const problems: Record<string, string[]> = {};
for (const o of orders) {
  const errs = validate(o);
  if (errs.length === 0) {
    valid++;
    total += o.qty * o.price;
    console.log(`${o.id}: ok (${(o.qty * o.price).toFixed(2)})`);
  } else {
    problems[o.id] = errs;
    console.log(`${o.id}: ${errs.length} problem(s)`);
  }
}
console.log(problems);
console.log(`valid ${valid}/${orders.length}, total ${total.toFixed(2)}`);
const failRate = 1 - valid / orders.length;
console.log("failure rate:", failRate);
if (failRate > 0.5) {
  console.log("too many invalid orders, aborting");
  throw new Error(`batch rejected: ${orders.length - valid} invalid orders`);
}
console.log("this line is never reached");
throw new Error("unreachable");
