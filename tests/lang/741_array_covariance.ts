// A number[] seen through a wider type (TypeScript's array covariance) and
// written with something that is not a number: later reads as number[] still
// see what node sees.

function addLabel(xs: (number | string)[]): void {
  xs.push("end");
  xs[0] = "start";
}

const nums: number[] = [1, 2, 3];
addLabel(nums);
console.log(nums, nums.length, typeof nums[0], nums.indexOf(2));
console.log(nums.join("|"), JSON.stringify(nums));

function fillAny(xs: unknown[], v: unknown): void {
  for (let i = 0; i < xs.length; i++) xs[i] = v;
}
const grid: number[] = new Array<number>(3).fill(0);
fillAny(grid, null);
console.log(grid);

function setAt<T>(xs: T[], i: number, v: T): T[] {
  xs[i] = v;
  return xs;
}
const ys: number[] = [0.5, 1.5];
console.log(setAt(ys, 1, 7), setAt(ys, 3, 9));
const objView: (number | { a: number })[] = ys;
objView[0] = { a: 1 };
console.log(ys, ys.length);

// numbers that pass through unknown and back
const boxed: unknown = [4, 5, 6];
const back = boxed as number[];
let total = 0;
for (let i = 0; i < back.length; i++) total += back[i];
console.log(total, back.includes(5), Array.isArray(boxed));

// mixed arrays built by pushing
const mixed: (number | boolean | string)[] = [];
for (let i = 0; i < 5; i++) mixed.push(i % 2 ? i * 2 : i % 4 === 0 ? "s" + i : true);
console.log(mixed, mixed.filter((x) => typeof x === "number"));

// a number[] that held strings is still sorted, sliced and concatenated by node's rules
const m2: number[] = [3, 1, 2];
(m2 as (number | string)[]).push("0");
console.log(m2.slice().sort(), m2.concat([9, 8]), [...m2].reverse());
