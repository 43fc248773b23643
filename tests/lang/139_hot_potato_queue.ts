// Josephus / hot potato elimination with an array queue, compared to the closed-form recurrence.
function hotPotato(names: string[], k: number): { order: string[]; winner: string } {
  const q = names.slice();
  const order: string[] = [];
  while (q.length > 1) {
    for (let i = 1; i < k; i++) q.push(q.shift()!);
    order.push(q.shift()!);
  }
  return { order, winner: q[0] };
}
function josephus(n: number, k: number): number {
  let r = 0;
  for (let i = 2; i <= n; i++) r = (r + k) % i;
  return r;
}
const kids = ["Ana", "Ben", "Cal", "Dot", "Eli", "Fay", "Gus"];
for (const k of [1, 2, 3, 7, 10]) {
  const r = hotPotato(kids, k);
  console.log(`k=${k}: out ${r.order.join(",")} | winner ${r.winner} | formula ${kids[josephus(kids.length, k)]}`);
}
const table: string[] = [];
for (let n = 1; n <= 12; n++) {
  const row: number[] = [];
  for (let k = 1; k <= 6; k++) row.push(josephus(n, k) + 1);
  table.push(String(n).padStart(2) + ": " + row.map((v) => String(v).padStart(3)).join(""));
}
console.log(table.join("\n"));
const nums = Array.from({ length: 41 }, (_, i) => String(i + 1));
const big = hotPotato(nums, 3);
console.log("41 soldiers, k=3: last two eliminated", big.order.slice(-2), "survivor", big.winner);
