// Refusals of every stage come back in one pass: the subset check's and the emitter's.
let x: any = 1;
const s = "a".normalize("NFC");
function risky(): number {
  debugger;
  const a = 1;
  const b = 0;
  const c = a + b;
  return c;
}
const d = new Date();
const xs = [1, 2];
print(x, s, d, risky(), xs.copyWithin(0, 1));
// expect: TSFW1002 2:8
// expect: TSFW1004 3:15
// expect: TSFW1001 5:3
// expect: TSFW1004 11:11
// expect: TSFW1004 13:28
