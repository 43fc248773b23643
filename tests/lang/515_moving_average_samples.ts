// A ring buffer of Float32 samples with a moving average and min/max, as a sensor loop keeps them.
class SampleRing {
  private readonly data: Float32Array;
  private next = 0;
  private count = 0;
  constructor(size: number) {
    this.data = new Float32Array(size);
  }
  push(v: number): void {
    this.data[this.next] = v;
    this.next = (this.next + 1) % this.data.length;
    if (this.count < this.data.length) this.count++;
  }
  average(): number {
    let s = 0;
    for (let i = 0; i < this.count; i++) s += this.data[i];
    return this.count ? s / this.count : 0;
  }
  range(): [number, number] {
    const used = this.data.subarray(0, this.count);
    const sorted = used.slice().sort();
    return [sorted[0], sorted[sorted.length - 1]];
  }
  snapshot(): Float32Array {
    return this.data.slice(0, this.count);
  }
}
const ring = new SampleRing(8);
for (let t = 0; t < 20; t++) {
  ring.push(20 + Math.sin(t / 3) * 5);
  if (t % 5 === 4) console.log(t, ring.average().toFixed(3), ring.range().map((x) => x.toFixed(2)));
}
console.log(ring.snapshot());
const rings = new Map<string, SampleRing>();
rings.set("a", new SampleRing(2));
rings.get("a")!.push(1.1);
console.log(rings.get("a")!.snapshot(), rings.size);
