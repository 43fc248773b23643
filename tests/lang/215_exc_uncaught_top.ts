// An error nobody catches ends the program with exit code 1, after what it printed so far.
function check(values: number[]): number {
  let sum = 0;
  for (const v of values) {
    if (v < 0) throw new RangeError("negative value " + v);
    sum += v;
  }
  return sum;
}

console.log("first", check([1, 2, 3]));
try {
  check([1, -1]);
} catch (e) {
  console.log("caught once:", String(e));
}
console.log("second", check([4, 5]));
console.log("third", check([6, -7, 8]));
console.log("not printed");
