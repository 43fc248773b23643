// fannkuch-redux (the Benchmarks Game): permutations and pancake flips on
// small number arrays; prints the checksum and the maximum flip count.

function filled(n: number, v: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(v);
  return a;
}

function fannkuch(n: number): [number, number] {
  const perm = filled(n, 0);
  const perm1 = filled(n, 0);
  const count = filled(n, 0);
  for (let i = 0; i < n; i++) perm1[i] = i;
  let maxFlips = 0;
  let checksum = 0;
  let permCount = 0;
  let r = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0;
    let k = perm[0];
    while (k !== 0) {
      let i = 0;
      let j = k;
      while (i < j) {
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        i++;
        j--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    while (true) {
      if (r === n) return [checksum, maxFlips];
      const perm0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

const n = 10;
const [checksum, maxFlips] = fannkuch(n);
console.log(`${checksum}\nPfannkuchen(${n}) = ${maxFlips}`);
