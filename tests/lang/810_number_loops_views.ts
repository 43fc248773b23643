// Loops over number arrays that call nothing else (their arrays' blocks and lengths are read once,
// before the loop): holes, out-of-range and odd indexes, growing, two variables holding one array.

function sum(a: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

function main(): void {
  // a hole and a read past the end are undefined: NaN in arithmetic
  const holes: number[] = new Array(4);
  holes[1] = 2;
  console.log(sum(holes), sum([1, 2, 3]));
  let seen = 0;
  for (let i = 0; i <= 4; i++) if (holes[i] === undefined) seen++;
  console.log(seen);

  // writes past the end grow the array inside the loop; reads after the growth see it
  const grow: number[] = [1];
  for (let i = 0; i < 40; i++) grow[i + 1] = grow[i] * 2;
  console.log(grow.length, grow[40], grow[17]);

  // two variables holding the same array: a write through one that grows it, then reads through the other
  const same: number[] = [0];
  const alias = same;
  let total = 0;
  for (let i = 1; i < 100; i++) {
    same[i] = i;
    total += alias[i] + alias[i - 1];
  }
  console.log(total, alias.length, same === alias);

  // odd indexes: fractions, negatives, NaN, -0, very large
  const xs: number[] = [10, 20, 30];
  let odd = 0;
  const idx = [0.5, -1, NaN, -0, 2147483648, 4294967296, 1e300, 2, 1];
  for (let k = 0; k < idx.length; k++) {
    const v = xs[idx[k]];
    if (v === undefined) odd += 1000;
    else odd += v;
  }
  console.log(odd);

  // -0 and NaN stored and read back
  const zs: number[] = [1, 2, 3];
  for (let i = 0; i < zs.length; i++) zs[i] = i === 0 ? -0 : i === 1 ? NaN : zs[i] * 0.5;
  console.log(Object.is(zs[0], -0), Number.isNaN(zs[1]), zs[2]);

  // counters plus or minus a literal as indexes, past both ends
  const ps: number[] = [3, 1, 4, 1, 5];
  let d = 0;
  for (let i = 0; i < ps.length; i++) {
    const prev = ps[i - 1];
    const next = ps[i + 1];
    d += (prev === undefined ? 100 : prev) - (next === undefined ? 10 : next);
  }
  console.log(d);

  // a fractional counter bound and a counter compared with counters and literals
  let c = 0;
  for (let i = 0; i < 7.5; i++) for (let j = 0; j <= i; j++) if (j === 3 || i > 5) c++;
  console.log(c);

  // a swap loop on a permutation, as fannkuch does
  const perm: number[] = [4, 2, 0, 3, 1];
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
  console.log(flips, perm.join(","));

  // a shrunk array in the loop's view: the write past the new end grows it again
  const shr: number[] = [1, 2, 3, 4];
  shr.length = 1;
  for (let i = 0; i < 3; i++) shr[i + 1] = shr[i] + 1;
  console.log(shr);

  // an array of numbers that holds values since a string was written through a wider type
  const mixed: number[] = [1, 2, 3];
  const wide: (number | string)[] = mixed;
  wide.push("x");
  let m = 0;
  for (let i = 0; i < 3; i++) {
    mixed[i] = mixed[i] * 2;
    m += mixed[i];
  }
  console.log(m, wide);
}

main();
