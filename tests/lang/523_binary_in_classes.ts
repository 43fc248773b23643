// Typed arrays held by classes, generic containers and closures, passed through functions.
class Frame {
  constructor(
    readonly id: number,
    readonly payload: Uint8Array,
  ) {}
  checksum(): number {
    return this.payload.reduce((a, b) => (a + b) & 0xff, 0);
  }
  toString(): string {
    return `Frame#${this.id}[${this.payload.length}]`;
  }
}
class Queue<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  drain(): T[] {
    const out = this.items;
    this.items = [];
    return out;
  }
}
const q = new Queue<Frame>();
for (let i = 0; i < 3; i++) q.push(new Frame(i, Uint8Array.from({ length: i + 2 }, (_, k) => k * 40 + i)));
const frames = q.drain();
console.log(frames.map((f) => `${f}`), frames.map((f) => f.checksum()));
console.log(frames[2]);
const byId = new Map<number, Uint16Array>();
byId.set(1, new Uint16Array([1, 2]));
byId.set(2, new Uint16Array(3));
console.log(byId);
function makeAccumulator(): (n: number) => Float64Array {
  const acc = new Float64Array(3);
  let i = 0;
  return (n) => {
    acc[i++ % 3] += n;
    return acc;
  };
}
const add = makeAccumulator();
add(1);
add(2);
add(3);
console.log(add(10));
const opt: Uint8Array | undefined = frames.length > 5 ? frames[0].payload : undefined;
console.log(opt?.length, frames[1].payload?.byteLength);
const record: Record<string, Int8Array> = { a: Int8Array.of(-1), b: new Int8Array(2) };
console.log(record, Object.keys(record));
