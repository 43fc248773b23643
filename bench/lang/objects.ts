// Create and drop 1M small objects: class instances and object literals that
// live for one iteration (or briefly in a small ring buffer).

class Vec {
  constructor(public x: number, public y: number) {}
  add(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  dot(o: Vec): number {
    return this.x * o.x + this.y * o.y;
  }
}

interface Item {
  id: number;
  name: string;
  weight: number;
}

const N = 1000000;
let acc = new Vec(0, 0);
let dots = 0;
for (let i = 0; i < N; i++) {
  const v = new Vec(i % 10, (i % 7) - 3);
  acc = acc.add(v);
  dots = (dots + v.dot(acc)) % 1000003;
}

const ring: Item[] = [];
let weights = 0;
for (let i = 0; i < N; i++) {
  const it: Item = { id: i, name: "item", weight: (i * 7) % 13 };
  if (ring.length < 64) ring.push(it);
  else ring[i % 64] = it;
  weights += ring[(i * 5) % ring.length].weight;
}

let pairs = 0;
for (let i = 0; i < N; i++) {
  const p = { a: i, b: [i & 3, i & 5] };
  pairs += p.b[0] + p.b[1] - (p.a & 1);
}
console.log("acc", acc.x, acc.y, "dots", dots, "weights", weights, "pairs", pairs);
