// A constructor that only stores its parameters in fields is run by <C>_new itself, in place and
// without rooting the instance. Every kind of field, a parameter stored twice, a declared field the
// constructor leaves undefined, arguments that are fresh temporaries or borrowed locals, a subclass
// that calls super(...), an unsound value stored in an object field (the TypeError, with nothing
// leaked: the test runs under LeakSanitizer), and cycles made through such fields.
class Node3 {
  constructor(
    public left: Node3 | null,
    public right: Node3 | null,
  ) {}
}

class Mixed {
  note: string | undefined;
  count: number;
  constructor(
    public name: string,
    public on: boolean,
    count: number,
    public extra: unknown,
    public child: Node3 | null,
  ) {
    this.count = count;
  }
}

class Twice {
  a: Node3 | null;
  b: Node3 | null;
  constructor(n: Node3 | null) {
    this.a = n;
    this.b = n;
  }
}

class Base {
  constructor(public item: Node3 | null) {}
}

class Derived extends Base {
  constructor(
    item: Node3 | null,
    public tag: string,
  ) {
    super(item);
  }
}

class Link {
  constructor(public next: Link | null) {}
}

function leaf(): Node3 {
  return new Node3(null, null);
}

function tree(depth: number): Node3 {
  return depth > 0 ? new Node3(tree(depth - 1), tree(depth - 1)) : leaf();
}

function count(n: Node3 | null): number {
  return n === null ? 0 : 1 + count(n.left) + count(n.right);
}

const t = tree(4);
console.log(count(t), t.left !== null && t.left.left !== null);

const shared = leaf();
const pair = new Node3(shared, shared);
console.log(pair.left === pair.right, count(pair));

const m = new Mixed("dev", true, 3, [1, "two"], leaf());
console.log(m);
console.log(Object.keys(m), m.note === undefined, JSON.stringify(m));
const m2 = new Mixed("x".repeat(3), false, -0, undefined, null);
console.log(m2.name, m2.on, Object.is(m2.count, -0), m2.extra, m2.child);

const tw = new Twice(tree(1));
console.log(tw.a === tw.b, count(tw.a));

const d = new Derived(tree(2), "derived");
console.log(d.tag, count(d.item), d instanceof Base);

// undefined slips in through a non-null assertion: stored as undefined, as node does
const holes: (Node3 | undefined)[] = [];
const u = new Node3(holes[3]!, leaf());
console.log(u.left === undefined, u);

// an unsound cast: node stores the string, the native build throws a TypeError (a typed field);
// either way nothing leaks, and the temporary made for the first argument is released
const wrong = "not a node" as unknown as Node3;
try {
  const w = new Node3(tree(2), wrong);
  if (w.left === null) console.log("unreachable");
} catch {
  // the native build's TypeError
}
console.log("after the unsound store");

// cycles through the fields are collected
for (let i = 0; i < 2000; i++) {
  const a = new Link(null);
  const b = new Link(a);
  a.next = b;
  const c = new Node3(tree(2), null);
  c.right = c;
}
let ring = new Link(null);
const first = ring;
for (let i = 0; i < 100; i++) ring = new Link(ring);
first.next = ring;
console.log("ring", ring.next !== null);
