// undefined where TypeScript promised a number (an array read past its end, a Map's get with !) prints
// as undefined, in a container or alone, and arithmetic on it gives NaN, as in node.
const nums: number[] = [1];
const x = nums[5];
console.log(x, [x], { x }, `${x}`, String(x), x + 1);
function half(n: number): number { return n / 2; }
console.log(half(nums[3]));
const m = new Map<string, number>();
const y: number = m.get("k")!;
console.log(y, [y]);
class P { v: number; constructor(v: number) { this.v = v; } }
const p = new P(nums[9]);
console.log(p, p.v);
const arr: number[] = [];
arr.push(nums[9]);
console.log(arr, arr[0]);
let z = 0;
z = nums[4];
console.log(z);
const o = { a: nums[6] };
console.log(o.a, o);
const tuple: [number, string] = [nums[8], "s"];
console.log(tuple);
const sum = x + 1;
console.log([x + 1], [sum], [x * 2], { sum }, [Math.abs(x)], [-x]);
const a: number[] = [];
a.push(x + 1);
console.log(a, a[0] === undefined, sum === undefined, sum ?? "dflt");
