// A hand-rolled hash map with open addressing (linear probing), tombstones and resizing.
class HashMap {
  private keys: (string | null | undefined)[] = [];
  private vals: number[] = [];
  size = 0;
  resizes = 0;
  probes = 0;
  constructor(private capacity = 8) {
    this.reset(capacity);
  }
  private reset(cap: number): void {
    this.capacity = cap;
    this.keys = [];
    this.vals = [];
    for (let i = 0; i < cap; i++) {
      this.keys.push(undefined);
      this.vals.push(0);
    }
    this.size = 0;
  }
  private hash(k: string): number {
    let h = 2166136261;
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 16777619);
    return (h >>> 0) % this.capacity;
  }
  private find(k: string): number {
    let i = this.hash(k);
    let tomb = -1;
    for (;;) {
      this.probes++;
      const cur = this.keys[i];
      if (cur === undefined) return tomb >= 0 ? tomb : i;
      if (cur === null) { if (tomb < 0) tomb = i; }
      else if (cur === k) return i;
      i = (i + 1) % this.capacity;
    }
  }
  set(k: string, v: number): void {
    if ((this.size + 1) * 4 > this.capacity * 3) this.grow();
    const i = this.find(k);
    if (this.keys[i] !== k) this.size++;
    this.keys[i] = k;
    this.vals[i] = v;
  }
  get(k: string): number | undefined {
    const i = this.find(k);
    return this.keys[i] === k ? this.vals[i] : undefined;
  }
  delete(k: string): boolean {
    const i = this.find(k);
    if (this.keys[i] !== k) return false;
    this.keys[i] = null;
    this.size--;
    return true;
  }
  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.reset(this.capacity * 2);
    this.resizes++;
    oldK.forEach((k, i) => { if (typeof k === "string") this.set(k, oldV[i]); });
  }
  entries(): [string, number][] {
    const out: [string, number][] = [];
    this.keys.forEach((k, i) => { if (typeof k === "string") out.push([k, this.vals[i]]); });
    return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
  load(): string {
    return `${this.size}/${this.capacity}`;
  }
}

const m = new HashMap();
const words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau".split(" ");
words.forEach((w, i) => m.set(w, i * 10));
console.log("load", m.load(), "resizes", m.resizes);
console.log(m.get("gamma"), m.get("tau"), m.get("omega"));
console.log(m.delete("beta"), m.delete("beta"), m.get("beta"), m.size);
m.set("beta", -1);
m.set("alpha", 999);
console.log(m.entries().slice(0, 6));
const ref = new Map<string, number>();
words.forEach((w, i) => ref.set(w, i * 10));
ref.set("beta", -1);
ref.set("alpha", 999);
console.log("agrees with Map:", words.every((w) => ref.get(w) === m.get(w)), "entries", m.entries().length);
console.log("probes so far:", m.probes);
