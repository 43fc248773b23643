// try/catch: a thrown error is caught, the program goes on; optional catch binding; throw of any value.
function divide(a: number, b: number): number {
  if (b === 0) throw new Error(`cannot divide ${a} by zero`);
  return a / b;
}

const pairs: [number, number][] = [
  [10, 2],
  [7, 0],
  [9, 3],
  [1, 0],
];
for (const [a, b] of pairs) {
  try {
    console.log("result", divide(a, b));
  } catch (e) {
    console.log("failed:", e instanceof Error ? e.message : String(e));
  }
}

function parsePositive(s: string): number {
  const n = Number(s);
  if (Number.isNaN(n)) throw "not a number: " + s;
  if (n < 0) throw n;
  if (n === 0) throw false;
  if (n > 1000) throw null;
  if (n === 999) throw undefined;
  return n;
}

for (const s of ["12", "abc", "-4", "0", "5000", "999", "3.5"]) {
  try {
    console.log("parsed", parsePositive(s));
  } catch (e) {
    console.log("thrown", typeof e, e);
  }
}

let failures = 0;
for (const s of ["1", "x", "2", "y"]) {
  try {
    parsePositive(s);
  } catch {
    failures++;
  }
}
console.log("failures", failures);

// a try block that does not throw runs to its end
let steps = 0;
try {
  steps++;
  steps++;
} catch (e) {
  steps = -1;
}
console.log("steps", steps);
