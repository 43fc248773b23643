// A fixed-capacity generic ring buffer (circular queue) with overwrite mode and windowed averages.
class RingBuffer<T> {
  private buf: (T | undefined)[];
  private head = 0;
  private count = 0;
  dropped = 0;
  constructor(readonly capacity: number, private overwrite = false) {
    this.buf = Array.from({ length: capacity }, (): T | undefined => undefined);
  }
  push(x: T): boolean {
    if (this.count === this.capacity) {
      if (!this.overwrite) return false;
      this.head = (this.head + 1) % this.capacity;
      this.count--;
      this.dropped++;
    }
    this.buf[(this.head + this.count) % this.capacity] = x;
    this.count++;
    return true;
  }
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const x = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count--;
    return x;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.buf[(this.head + i) % this.capacity] as T);
    return out;
  }
  size(): number {
    return this.count;
  }
}
const q = new RingBuffer<string>(3);
console.log(q.push("a"), q.push("b"), q.push("c"), q.push("d"), q.toArray());
console.log(q.shift(), q.push("e"), q.toArray(), q);
const win = new RingBuffer<number>(4, true);
const samples = [10, 12, 11, 50, 13, 12, 14, 90, 15, 16];
for (const s of samples) {
  win.push(s);
  const w = win.toArray();
  const avg = w.reduce((a, b) => a + b, 0) / w.length;
  console.log(`sample ${String(s).padStart(2)} window [${w.join(",")}] avg ${avg.toFixed(2)}`);
}
console.log("dropped:", win.dropped, "size:", win.size());
while (win.size() > 0) console.log("drain", win.shift());
console.log(win.shift(), win.toArray());
