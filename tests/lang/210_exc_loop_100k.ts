// 100,000 throws through frames holding strings, arrays, objects and closures: nothing leaks.
class Holder {
  items: string[] = [];
  constructor(readonly id: number) {}
}

function work(i: number): number {
  const text = "item-" + i;
  const list = [i, i * 2, i * 3];
  const obj = { text, list, holder: new Holder(i) };
  obj.holder.items.push(text.toUpperCase());
  const fn = (k: number) => obj.list[k] + text.length;
  if (i % 2 === 0) throw new Error("even " + text);
  if (i % 3 === 0) throw new RangeError(`three ${fn(1)}`);
  if (i % 5 === 0) throw { code: i, list };
  return fn(0);
}

function middle(i: number): number {
  const prefix = ["mid", String(i)].join(":");
  const box = { prefix };
  try {
    return work(i) + box.prefix.length;
  } finally {
    box.prefix = "";
  }
}

let errors = 0;
let ranges = 0;
let objects = 0;
let sum = 0;
for (let i = 0; i < 100000; i++) {
  try {
    sum += middle(i);
  } catch (e) {
    if (e instanceof RangeError) ranges++;
    else if (e instanceof Error) errors++;
    else objects++;
  }
}
console.log(errors, ranges, objects, sum);
