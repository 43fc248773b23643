// Closure-heavy code: map/filter/reduce chains, callbacks passed around,
// counters and adders created in loops.

function makeCounter(step: number): () => number {
  let n = 0;
  return () => {
    n += step;
    return n;
  };
}

function makeAdder(k: number): (x: number) => number {
  return (x) => x + k;
}

function compose(f: (x: number) => number, g: (x: number) => number): (x: number) => number {
  return (x) => g(f(x));
}

function each(xs: number[], cb: (x: number, i: number) => void): void {
  for (let i = 0; i < xs.length; i++) cb(xs[i], i);
}

const base: number[] = [];
for (let i = 0; i < 1000; i++) base.push(i);

let checksum = 0;
for (let round = 0; round < 300; round++) {
  const sum = base
    .map((x) => x * 3 + round)
    .filter((x) => x % 2 === 0)
    .map((x) => x / 2)
    .reduce((a, b) => a + b, 0);
  checksum = (checksum + sum) % 1000000007;

  const counter = makeCounter(round + 1);
  let seen = 0;
  each(base, (x, i) => {
    if ((x + i) % 3 === 0) seen += counter();
  });
  checksum = (checksum + seen) % 1000000007;

  const f = compose(makeAdder(round), makeAdder(1));
  const ok = base.some((x) => f(x) > 900) && base.every((x) => x >= 0);
  if (ok) checksum = (checksum + (base.find((x) => f(x) > 500) ?? 0)) % 1000000007;
}

const fns: Array<() => number> = [];
for (let i = 0; i < 100000; i++) fns.push(() => i * 2);
let total = 0;
for (const g of fns) total += g();
console.log("checksum", checksum, "total", total);
