// Array mutation methods: splice in all forms, push/pop/shift/unshift, reverse, fill, length writes.
const a = ["a", "b", "c", "d", "e", "f"];
console.log(a.splice(2, 2), a);
console.log(a.splice(1, 0, "X", "Y"), a);
console.log(a.splice(-2), a);
console.log(a.splice(1, 1, "Z"), a);
console.log(a.splice(0), a);

const q: number[] = [];
console.log(q.push(1, 2, 3), q.unshift(0, -1), q);
console.log(q.shift(), q.pop(), q, q.length);

const nums = [5, 1, 4, 2, 3];
const rev = nums.reverse();
console.log(rev === nums, nums);
console.log(nums.fill(0, 1, 3), nums.fill(9, -1), [1, 2, 3].fill(7));

function removeAll<T>(arr: T[], x: T): number {
  let n = 0;
  for (let i = arr.length - 1; i >= 0; i--) {
    if (arr[i] === x) {
      arr.splice(i, 1);
      n++;
    }
  }
  return n;
}
const data = [1, 2, 1, 3, 1, 4, 1];
console.log(removeAll(data, 1), data);

function insertSorted(arr: number[], v: number): void {
  let i = 0;
  while (i < arr.length && arr[i] < v) i++;
  arr.splice(i, 0, v);
}
const sorted: number[] = [];
for (const v of [5, 3, 8, 1, 9, 2, 5]) insertSorted(sorted, v);
console.log(sorted);

const rot = [1, 2, 3, 4, 5, 6, 7];
for (let k = 0; k < 3; k++) rot.unshift(rot.pop()!);
console.log("rotated right 3:", rot);
rot.push(...rot.splice(0, 2));
console.log("rotated left 2:", rot);

const trimmed = [1, 2, 3, 4, 5];
trimmed.length = 3;
console.log(trimmed, trimmed.length);
const chunks: number[][] = [];
const src = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
while (src.length) chunks.push(src.splice(0, 4));
console.log(chunks, src);
const copyW = [1, 2, 3, 4, 5];
console.log(copyW.slice(1, -1), copyW.slice(-2), copyW.slice(3, 1), copyW.concat([6], 7, [8, 9]), copyW.at(-6));
console.log(copyW.indexOf(3, 3), copyW.lastIndexOf(1, -5), copyW.includes(5, 4), copyW.join(" + "), copyW.join());
