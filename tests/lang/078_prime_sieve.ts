// Sieve of Eratosthenes, prime factorization, and a few number-theory helpers.
function sieve(n: number): boolean[] {
  const isPrime: boolean[] = [];
  for (let i = 0; i <= n; i++) isPrime.push(i >= 2);
  for (let p = 2; p * p <= n; p++) {
    if (!isPrime[p]) continue;
    for (let m = p * p; m <= n; m += p) isPrime[m] = false;
  }
  return isPrime;
}

const flags = sieve(1000);
const primes: number[] = [];
flags.forEach((f, i) => {
  if (f) primes.push(i);
});
console.log("primes below 1000:", primes.length);
console.log(primes.slice(0, 40));
console.log("last five:", primes.slice(-5));

function factorize(n: number): Map<number, number> {
  const f = new Map<number, number>();
  for (let d = 2; d * d <= n; d++) {
    while (n % d === 0) {
      f.set(d, (f.get(d) ?? 0) + 1);
      n /= d;
    }
  }
  if (n > 1) f.set(n, (f.get(n) ?? 0) + 1);
  return f;
}
const fmtF = (f: Map<number, number>) => [...f].map(([p, e]) => (e > 1 ? `${p}^${e}` : `${p}`)).join(" * ");
for (const n of [2, 12, 360, 997, 1001, 65536, 600851475143, 2147483647]) console.log(n, "=", fmtF(factorize(n)));

function divisorCount(n: number): number {
  let c = 1;
  for (const e of factorize(n).values()) c *= e + 1;
  return c;
}
let best = 0;
let bestN = 0;
for (let n = 1; n <= 10000; n++) {
  const d = divisorCount(n);
  if (d > best) {
    best = d;
    bestN = n;
  }
}
console.log("most divisors <= 10000:", bestN, "with", best);
const gaps = new Map<number, number>();
for (let i = 1; i < primes.length; i++) {
  const g = primes[i] - primes[i - 1];
  gaps.set(g, (gaps.get(g) ?? 0) + 1);
}
console.log([...gaps.entries()].sort((a, b) => a[0] - b[0]));
const goldbach = [4, 28, 100, 998].map((n) => {
  const p = primes.find((q) => flags[n - q]);
  return `${n}=${p}+${n - (p ?? 0)}`;
});
console.log(goldbach.join(" "));
