// A BitSet class backed by 32-bit words: set/clear/test, counting, union/intersection, iteration.
class BitSet {
  private words: number[] = [];
  constructor(readonly size: number) {
    for (let i = 0; i < Math.ceil(size / 32); i++) this.words.push(0);
  }
  set(i: number): this { this.words[i >>> 5] |= 1 << (i & 31); return this; }
  clear(i: number): this { this.words[i >>> 5] &= ~(1 << (i & 31)); return this; }
  test(i: number): boolean { return (this.words[i >>> 5] & (1 << (i & 31))) !== 0; }
  count(): number {
    let c = 0;
    for (let w of this.words) {
      w >>>= 0;
      while (w) { w &= w - 1; c++; }
    }
    return c;
  }
  union(o: BitSet): BitSet {
    const r = new BitSet(this.size);
    r.words = this.words.map((w, i) => w | o.words[i]);
    return r;
  }
  intersect(o: BitSet): BitSet {
    const r = new BitSet(this.size);
    r.words = this.words.map((w, i) => w & o.words[i]);
    return r;
  }
  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.test(i)) out.push(i);
    return out;
  }
  hex(): string {
    return this.words.map((w) => (w >>> 0).toString(16).padStart(8, "0")).reverse().join("_");
  }
}
const evens = new BitSet(70);
const threes = new BitSet(70);
for (let i = 0; i < 70; i++) {
  if (i % 2 === 0) evens.set(i);
  if (i % 3 === 0) threes.set(i);
}
console.log(evens.count(), threes.count(), evens.hex());
console.log("both:", evens.intersect(threes).toArray());
console.log("either count:", evens.union(threes).count());
evens.clear(0).clear(68).set(31).set(63);
console.log(evens.test(31), evens.test(0), evens.test(63), evens.count(), evens.hex());
const primes = new BitSet(100);
for (let i = 2; i < 100; i++) primes.set(i);
for (let i = 2; i * i < 100; i++) if (primes.test(i)) for (let j = i * i; j < 100; j += i) primes.clear(j);
console.log(primes.toArray(), primes.count());
console.log(new BitSet(40).set(39).set(0));
