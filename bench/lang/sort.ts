// Sort 200k pseudo-random numbers with a comparator. The generator is an LCG
// in 32-bit arithmetic (Math.imul), so node and native see the same input.

let state = 12345;
function nextRandom(): number {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state;
}

const N = 200000;
function makeData(): number[] {
  const xs: number[] = [];
  for (let i = 0; i < N; i++) xs.push((nextRandom() % 1000000) / 8);
  return xs;
}

let checksum = 0;
for (let round = 0; round < 3; round++) {
  const xs = makeData();
  xs.sort((a, b) => a - b);
  for (let i = 1; i < xs.length; i++) {
    if (xs[i - 1] > xs[i]) throw new Error("not sorted at " + i);
  }
  const desc = xs.slice(0, 50000);
  desc.sort((a, b) => b - a);
  let s = 0;
  for (let i = 0; i < xs.length; i += 997) s = (s * 31 + xs[i] * 8) % 1000000007;
  checksum = (checksum + s + desc[0] + desc[desc.length - 1]) % 1000000007;
}
console.log("sorted", N, "checksum", checksum);
