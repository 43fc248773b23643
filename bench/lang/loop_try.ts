// loop_plain.ts with a try statement in the loop's body: the cost of entering and leaving a try frame.

function step(x: number, i: number): number {
  if (x < 0) throw new RangeError("negative at " + i);
  return (x * 31 + i) % 1000003;
}

let acc = 1;
let errors = 0;
for (let i = 0; i < 30000000; i++) {
  try {
    acc = step(acc, i);
  } catch (e) {
    errors++;
  }
}
console.log("acc", acc, "errors", errors);
