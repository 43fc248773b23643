// Counters that only step by one are integers in C: their values, signs and
// remainders must be node's, past int32 and below zero.
// (inside a function: module-level variables are globals, not counters)
function main(): void {
  let big = 2147483646;
  big++;
  big++;
  console.log(big, big % 7, big / 2, big * 4, -big);
  let neg = -2147483647;
  neg--;
  neg--;
  console.log(neg, neg % 2, 1 / (neg % 2), neg % 1000);

  // -0 from a remainder of a negative counter, as node gives it
  let k = -4;
  console.log(k % 2, 1 / (k % 2), 1 / (k % 4) < 0 ? "minus zero" : "zero");
  k += 1;
  console.log(k % 2, k % 3, (k % 3) * 0, String(k % 1));
  k -= 1;
  k = 0;
  k--;
  console.log(k, k + 0.5, k % 5, `${k}`, [k, k - 1], k.toFixed(2));

  // a loop counter used as an index, a number, a key and a string
  const xs: number[] = [];
  for (let i = 0; i < 10; i++) xs[i] = i * 0.5;
  let acc = 0;
  for (let i = xs.length - 1; i >= 0; i--) acc += xs[i] * i;
  const seen = new Map<number, string>();
  for (let i = 0; i < 3; i++) seen.set(i, "v" + i);
  console.log(xs, acc, seen, xs[xs.length], xs[-1]);

  // counters past the end of an array and before its start read undefined
  let j = -2;
  const ys = [1, 2, 3];
  const got: (number | undefined)[] = [];
  while (j < 5) {
    got.push(ys[j]);
    j++;
  }
  console.log(got, j);

  // a counter that a closure captures stays a double, and so does one a catch reads
  let c = 0;
  const bump = () => c++;
  bump();
  bump();
  let t = 0;
  try {
    t++;
    throw new Error("x" + t);
  } catch (e) {
    t++;
    console.log((e as Error).message, t);
  }
  console.log(c, t);

  // counters compared with doubles and NaN
  let m = 3;
  console.log(m < 3.5, m > NaN, m === 3, m == 3.0, m !== 4, Math.max(m, 2.5), m / 0, -m / 0, m % 3);
}
main();
