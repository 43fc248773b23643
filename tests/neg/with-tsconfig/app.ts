// tsconfig.json beside this file turns on noUnusedLocals and noUncheckedIndexedAccess;
// its target is ignored (the subset fixes ES2022).
function total(xs: number[]): number {
  const unused = 1;
  const first: number = xs[0];
  return first;
}
print(total([1, 2]), [1, 2].includes(2));
// expect: TS6133 4:9
// expect: TS2322 5:9
