// Per-iteration let capture in for loops versus a shared variable, and closures stored in arrays.
const perIteration: (() => number)[] = [];
for (let i = 0; i < 5; i++) {
  perIteration.push(() => i * 10);
}
console.log("per-iteration:", perIteration.map((f) => f()));

const shared: (() => number)[] = [];
let k = 0;
for (; k < 5; k++) {
  shared.push(() => k * 10);
}
console.log("shared outer variable:", shared.map((f) => f()));

// The loop variable modified inside the body is copied to the next iteration.
const modified: (() => string)[] = [];
for (let i = 0; i < 10; i++) {
  const label = `i=${i}`;
  modified.push(() => label + " seen " + i);
  i += 2;
}
for (const f of modified) console.log(f());

// Closures that mutate their own iteration binding
const incs: (() => number)[] = [];
for (let i = 0; i < 3; i++) incs.push(() => ++i);
console.log(incs[0](), incs[0](), incs[1](), incs[2](), incs[0]());

// for-of with const binding
const names = ["ada", "bob", "cyd"];
const greeters: { [n: string]: () => string } = {};
for (const n of names) greeters[n] = () => `hello ${n.toUpperCase()}`;
console.log(Object.keys(greeters), greeters.bob(), greeters["cyd"]());

// while loop with block-scoped capture
const fns: Array<(x: number) => number> = [];
let j = 1;
while (j <= 4) {
  const m = j;
  fns.push((x) => x * m);
  j++;
}
console.log(fns.map((f) => f(3)));
console.log(fns.reduce((acc, f) => f(acc), 1));

// nested loops capture both
const grid: (() => string)[][] = [];
for (let r = 0; r < 3; r++) {
  const row: (() => string)[] = [];
  for (let c = 0; c < 3; c++) row.push(() => `${r}${c}`);
  grid.push(row);
}
console.log(grid.map((row) => row.map((f) => f()).join(" ")).join(" / "));
