// fib(30), recursive, computed several times so the run is long enough to time.

function fib(n: number): number {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

let total = 0;
for (let r = 0; r < 10; r++) {
  total += fib(30);
}
console.log("fib(30)", fib(30), "total", total);
