// boolean[] at scale: the sieve of Eratosthenes up to 2M, three times, plus
// flags toggled through a second array. The arrays hold only booleans (an
// unboxed block of bytes).

const N = 2000000;

function sieve(n: number): boolean[] {
  const composite: boolean[] = new Array(n + 1).fill(false);
  for (let i = 2; i * i <= n; i++) {
    if (!composite[i]) {
      for (let j = i * i; j <= n; j += i) composite[j] = true;
    }
  }
  return composite;
}

let total = 0;
for (let round = 0; round < 3; round++) {
  const composite = sieve(N);
  let primes = 0;
  for (let i = 2; i <= N; i++) if (!composite[i]) primes++;
  const flags: boolean[] = [];
  for (let i = 0; i < 100000; i++) flags.push(i % 3 === 0);
  for (let i = 0; i < flags.length; i += 2) flags[i] = !flags[i];
  total += primes + flags.filter((f) => f).length + (flags.includes(false) ? 1 : 0);
}
console.log("primes and flags", total);
