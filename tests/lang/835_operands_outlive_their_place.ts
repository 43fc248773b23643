// A value read from a field, an element or a map stays alive while a call uses it, even when the
// call (a callback, a getter, a setter, a later operand) replaces the place it was read from, as in
// node. Each case frees the old value at once unless the caller holds it.
class State {
  names: string[] = ["a", "bb"];
  label = "x".repeat(3);
}

function drain(q: string[], done: () => void): number {
  done();
  return q.length + q[0].length + q[1].length;
}

// arguments of a function that runs a callback
const st = new State();
console.log(drain(st.names, () => (st.names = [])), st.names.length);
const arrs: string[][] = [["p", "qq"], ["r"]];
console.log(drain(arrs[0], () => (arrs[0] = [])), arrs[0].length);
const m = new Map<string, string[]>([["k", ["u", "vw"]]]);
console.log(drain(m.get("k")!, () => m.delete("k")), m.size);
const table: Record<string, string[]> = { a: ["x", "yy"] };
console.log(drain(table["a"], () => (table["a"] = [])), table.a.length);

// a later operand replaces what an earlier one read
function reset(): number {
  st.names = [];
  return 1;
}
function count(q: string[], n: number): number {
  return q.length + q[1].length + n;
}
st.names = ["c", "dd"];
console.log(count(st.names, reset()));
const s2 = new State();
console.log(s2.label + (() => ((s2.label = "q".repeat(2)), "w"))() + s2.label);
console.log(`${s2.label}-${(() => ((s2.label = "r".repeat(4)), "k"))()}-${s2.label}`);
const s3 = new State();
s3.names.push((() => ((s3.names = []), "pushed"))());
console.log(s3.names.length);
const s4 = new State();
const pair = [s4.label, (() => ((s4.label = "z"), "k"))()];
console.log(pair.join());
const s5 = new State();
const lit = { a: s5.names, b: (() => ((s5.names = []), 1))() };
console.log(lit.a.length, lit.b);

// receivers: a direct method, one through the method table, a getter, a setter, a builtin with a callback
class Items {
  constructor(public items: string[]) {}
  run(f: () => void): number {
    f();
    return this.items.length + this.items[1].length;
  }
  get size(): number {
    holder.it = new Items([]);
    return this.items.length + this.items[0].length;
  }
  set first(v: string) {
    holder.it = new Items([]);
    this.items[0] = v + this.items[1];
  }
}
class Counted extends Items {
  run(f: () => void): number {
    f();
    return this.items.length * 10;
  }
}
class Holder {
  it: Items = new Items(["a", "bcd"]);
}
const holder = new Holder();
console.log(holder.it.run(() => (holder.it = new Items([]))));
holder.it = new Counted(["e", "f"]);
console.log(holder.it.run(() => (holder.it = new Items([]))));
holder.it = new Items(["g", "hi"]);
console.log(holder.it.size);
holder.it = new Items(["p", "qr"]);
const kept = holder.it;
holder.it.first = "s";
console.log(kept.items.join(), holder.it.items.length);
const s6 = new State();
let seen = "";
s6.names.forEach((x) => {
  s6.names = [];
  seen += x + x;
});
console.log(seen, s6.names.length);
const s7 = new State();
console.log(s7.names.map((x) => ((s7.names = []), x + "!")).join());
const s8 = new State();
console.log(s8.names.sort((a, b) => ((s8.names = []), a < b ? 1 : -1)).join());
const s9 = new State();
console.log(s9.label.replace(/x/g, () => ((s9.label = "w"), "X")));
const s10 = new State();
console.log(s10.names.find((x) => ((s10.names = []), x.length === 2)));

// the object of an assignment, read before the value replaces it
class Inner {
  v: string[] = ["a"];
}
class Outer {
  inner: Inner = new Inner();
}
const o = new Outer();
const first = o.inner;
o.inner.v = (() => ((o.inner = new Inner()), ["new"]))();
console.log(first.v.join(), o.inner.v.join());

// a constructor given a field it replaces through a callback
class Queue {
  constructor(
    public l: string[],
    f: () => void,
  ) {
    f();
    this.l.push("x" + l.length);
  }
}
const s11 = new State();
console.log(new Queue(s11.names, () => (s11.names = [])).l.join());

// callees that look harmless but reach code that replaces the place: through recursion, through a
// conversion to a string
function countDown(q: string[], n: number): number {
  return n === 0 ? q.length + q[1].length : countAgain(q, n - 1);
}
function countAgain(q: string[], n: number): number {
  if (n === 1) reset();
  return countDown(q, n);
}
st.names = ["e", "ff"];
console.log(countDown(st.names, 3));
class Named {
  toString(): string {
    st.names = [];
    return "named";
  }
}
function describe(q: string[], x: Named): string {
  return "" + x + q.length + q[0];
}
st.names = ["g", "hh"];
console.log(describe(st.names, new Named()));

// a getter read by destructuring
class Getter {
  get v(): number {
    st.names = [];
    return 2;
  }
}
function viaDestructure(q: string[], g: Getter): number {
  const { v } = g;
  return v + q.length + q[1].length;
}
st.names = ["i", "jj"];
const getter = new Getter();
console.log(viaDestructure(st.names, getter));

// a call through a method table, where an object literal stands for an instance and runs its own
// function
class Runner {
  go(q: string[]): number {
    return q.length;
  }
}
class Fast extends Runner {
  go(q: string[]): number {
    return q.length * 2;
  }
}
function twice(q: string[], r: Runner): number {
  return r.go(q) + q.length + q[1].length;
}
const standIn: Runner = {
  go: (q: string[]): number => {
    st.names = [];
    return q.length + 100;
  },
};
for (const r of [new Runner(), new Fast(), standIn]) {
  st.names = ["k", "ll"];
  console.log(twice(st.names, r));
}
