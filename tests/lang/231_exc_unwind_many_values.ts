// A loop of throws through frames that hold every kind of owned value, with a finally on the way.
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

function layer3(i: number, tag: string): number {
  const s = tag + "/" + i;
  const arr = [s, s + s];
  const map = new Map<string, Point>([[s, new Point(i, -i)]]);
  const set = new Set<string>(arr);
  const fn = (k: number): number => k + set.size + (map.get(s)?.x ?? 0);
  if (i % 4 !== 0) throw new Error(s + " " + fn(1));
  return fn(i);
}

function layer2(i: number): number {
  const tags = ["t", String(i % 7)];
  let r = 0;
  try {
    r = layer3(i, tags.join(""));
  } finally {
    tags.length = 0;
  }
  return r;
}

function layer1(i: number): number {
  const holder = { count: i, list: [i] };
  return layer2(holder.count) + holder.list.length;
}

let caught = 0;
let sum = 0;
let lastMessage = "";
for (let i = 0; i < 100000; i++) {
  try {
    sum += layer1(i);
  } catch (e) {
    caught++;
    if (i > 99990) lastMessage = (e as Error).message;
  }
}
console.log(caught, sum, lastMessage);
