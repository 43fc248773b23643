// A boolean compared with undefined or null is false, but the operand is still evaluated: a call keeps its
// side effects, and a callback's parameter used only in such a test is still used (the C compiles cleanly).
let calls = 0;
function g(): boolean {
  calls++;
  return true;
}
console.log(g() === undefined, g() == null, g() !== undefined, calls);

function describe(x: boolean): string {
  if (x === undefined) return "undefined";
  return x ? "yes" : "no";
}
console.log(describe(true), describe(false));

const flags: boolean[] = [true, false, true];
console.log(flags.map((v) => v === undefined));
console.log(flags.filter((v) => v !== null).length);
const a: boolean[] = [true, false];
a.length = 3;
console.log(a.map((v) => v === undefined), a.findIndex((v) => !v));
