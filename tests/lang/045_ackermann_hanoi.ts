// Small Ackermann values, Towers of Hanoi, and mutual recursion (even/odd, Hofstadter sequences).
let ackCalls = 0;
function ack(m: number, n: number): number {
  ackCalls++;
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

for (let m = 0; m <= 3; m++) {
  const row: number[] = [];
  for (let n = 0; n <= 4; n++) {
    ackCalls = 0;
    row.push(ack(m, n));
  }
  console.log(`A(${m}, 0..4) =`, row, "last call count:", ackCalls);
}

const moves: string[] = [];
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves.push(`${n}:${from}${to}`);
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
console.log(moves.length, moves.join(" "));
moves.length = 0;
hanoi(10, "A", "C", "B");
console.log("10 disks:", moves.length, "moves; first", moves.slice(0, 3), "last", moves.at(-1));

function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
console.log([0, 1, 7, 10, 333].map((n) => `${n}:${isEven(n) ? "even" : "odd"}`).join(" "));

function female(n: number): number {
  return n === 0 ? 1 : n - male(female(n - 1));
}
function male(n: number): number {
  return n === 0 ? 0 : n - female(male(n - 1));
}
const fs: number[] = [];
const ms: number[] = [];
for (let i = 0; i < 20; i++) {
  fs.push(female(i));
  ms.push(male(i));
}
console.log("F:", fs);
console.log("M:", ms);

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function collatzLen(n: number): number {
  return n === 1 ? 1 : 1 + collatzLen(n % 2 ? 3 * n + 1 : n / 2);
}
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9), [27, 97, 871].map(collatzLen));
