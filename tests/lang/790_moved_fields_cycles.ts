// A constructor that only stores a parameter in a field takes over an argument that is a fresh
// temporary (no retain, no release at the statement's end). Cycles made through such fields are
// still collected (the test runs under LeakSanitizer), shared and repeated arguments keep their
// counts, and a value stored through a moved field outlives the statement that made it.
class Node2 {
  next: Node2 | null = null;
  constructor(
    public left: Node2 | null,
    public right: Node2 | null,
  ) {}
}

class Pair {
  a: unknown;
  b: Node2 | null;
  constructor(a: unknown, b: Node2 | null) {
    this.a = a;
    this.b = b;
  }
}

class Tagged {
  tag: string;
  item: Node2 | null;
  constructor(item: Node2 | null, tag: string) {
    this.tag = tag.toUpperCase();
    this.item = item;
  }
}

// a parameter read after the store is not moved
class Echo {
  constructor(public held: Node2 | null) {
    if (held !== null) held.next = held;
  }
}

class Sub extends Pair {
  extra: Node2;
  constructor(x: Node2) {
    super(new Node2(null, null), x);
    this.extra = new Node2(x, null);
  }
}

function make(d: number): Node2 {
  return d > 0 ? new Node2(make(d - 1), make(d - 1)) : new Node2(null, null);
}

function count(n: Node2 | null): number {
  return n === null ? 0 : 1 + count(n.left) + count(n.right);
}

const shared = make(2);
let total = 0;
for (let round = 0; round < 500; round++) {
  // a cycle through moved fields: the root's child points back at the root
  const root = new Node2(make(3), new Node2(null, null));
  root.left!.next = root;
  root.right!.left = root;
  total += count(root.left);

  // the same object passed twice, and a borrowed one next to a fresh one
  const twice = new Node2(shared, shared);
  const mixed = new Node2(shared, make(1));
  total += count(twice) + count(mixed);

  // a value of any kind, stored by `this.a = a`
  const p = new Pair([new Node2(null, null), round], make(1));
  const q = new Pair({ back: null as unknown }, null);
  (q.a as { back: unknown }).back = q;
  total += count(p.b) + (p.a as unknown[]).length;

  const t = new Tagged(make(2), "t" + (round % 3));
  const e = new Echo(make(1));
  const s = new Sub(make(1));
  total += count(t.item) + count(e.held) + count(s.extra) + count(s.b);
  if (round % 100 === 0) console.log(round, t.tag, total);
}
console.log("total", total, count(shared));
const kept = new Node2(make(4), null);
console.log(count(kept), count(new Pair(1, make(2)).b));
