// Loops that only read and write numbers in number arrays make no garbage and
// do not poll the cycle collector, also inside a loop that makes some: the
// outer loop still polls, and the cycles it makes are collected.

interface Node {
  id: number;
  next: Node | undefined;
}

function rotations(n: number, rounds: number): number {
  const perm: number[] = [];
  for (let i = 0; i < n; i++) perm.push(i);
  let checksum = 0;
  for (let r = 0; r < rounds; r++) {
    // garbage with cycles, every round
    const a: Node = { id: r, next: undefined };
    const b: Node = { id: r + 1, next: a };
    a.next = b;
    checksum += a.next.id - b.next!.id;
    // a quiet inner loop: number reads and writes only
    let k = perm[0];
    let i = 0;
    let j = n - 1;
    while (i < j) {
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
      i++;
      j--;
    }
    for (let m = 0; m < n; m++) checksum = (checksum * 31 + perm[m] + k) % 1000003;
    k = perm[n - 1];
    checksum += k;
  }
  return checksum;
}
console.log(rotations(10, 20000), rotations(7, 3));

// functions that make no garbage but on their way to a throw: a loop that
// calls only those does not poll either
function step(x: number, i: number): number {
  if (x < 0) throw new RangeError("negative at " + i);
  return (x * 31 + i) % 1000003;
}
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function quietSteps(n: number): number {
  let acc = 1;
  for (let i = 0; i < n; i++) acc = step(acc, i) + fib(i % 5);
  return acc;
}
console.log(quietSteps(100000), fib(20));

// the throw leaves the loop: caught outside it, with the value before it
let last = 5;
try {
  for (let i = 0; i < 10; i++) last = step(i < 7 ? last : -1, i);
} catch (e) {
  console.log("caught", (e as Error).message, last);
}

// a function that makes cycles: the loop that calls it polls, and they are collected
function makesPairs(n: number): number {
  const a: Node = { id: n, next: undefined };
  const b: Node = { id: n + 1, next: a };
  a.next = b;
  return b.next!.id;
}
function pairs(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += makesPairs(i);
  return s;
}
console.log(pairs(50000));
