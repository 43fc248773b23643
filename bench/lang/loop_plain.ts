// A hot loop calling a function that may throw (it never does here): the baseline for loop_try.ts.

function step(x: number, i: number): number {
  if (x < 0) throw new RangeError("negative at " + i);
  return (x * 31 + i) % 1000003;
}

let acc = 1;
let errors = 0;
for (let i = 0; i < 30000000; i++) {
  acc = step(acc, i);
}
console.log("acc", acc, "errors", errors);
