// new Array(n).fill(v) is made filled, in v's representation: the same array as node's, whatever v
// is, that then takes any other value.
const flags: boolean[] = new Array(5).fill(false);
flags[2] = true;
console.log(flags, flags.length, flags.indexOf(true));
const zeros = new Array(4).fill(0);
zeros[1] += 2.5;
zeros.push(-0);
console.log(zeros, Object.is(zeros[4], -0));
const names: string[] = Array(3).fill("n");
names[0] += "!";
console.log(names.join("|"), names.length);
class Cell {
  v = 1;
}
const shared = new Array(3).fill(new Cell());
shared[0].v = 7;
console.log(shared.map((c) => c.v), shared[0] === shared[2]);
const rows: number[][] = new Array(2).fill([]);
rows[0].push(1);
console.log(rows);
const empty = new Array(0).fill("x");
console.log(empty, empty.length);
const undef = new Array(2).fill(undefined);
console.log(undef, 1 in undef, undef.length);
const nulls = new Array(2).fill(null);
nulls[1] = 3;
console.log(nulls);
const nans = new Array(3).fill(NaN);
console.log(nans, nans.includes(NaN), nans.indexOf(NaN));
const mixed: (number | string)[] = new Array(3).fill(1);
mixed[1] = "two";
console.log(mixed, typeof mixed[0]);
const n = 3;
const grid = new Array(n).fill(0).map((_, i) => new Array(n).fill(i));
console.log(grid);
for (const len of [-1, 1.5, 2 ** 32]) {
  try {
    console.log(new Array(len).fill(true).length);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
let calls = 0;
const next = (): number => ++calls;
try {
  new Array(-1).fill(next());
} catch (e) {
  console.log((e as Error).name, calls);
}
console.log(new Array(2).fill(next()), calls);
