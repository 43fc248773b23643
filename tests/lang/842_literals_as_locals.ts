// Object and array literals whose variable is only read through its properties
// are held as one local per property: the values, their order of evaluation,
// the releases of strings and objects in them, and every use that keeps the
// literal an object instead.

const order: string[] = [];
function note<T>(label: string, v: T): T {
  order.push(label);
  return v;
}

// numbers, strings, booleans, undefined, a nested object and array, in a loop
let total = 0;
let text = "";
for (let i = 0; i < 5; i++) {
  const p = { a: i, b: [i & 3, i & 5], name: "n" + i, ok: i % 2 === 0, none: undefined, in: { x: i * 2, s: "s" + i } };
  total += p.b[0] + p.b[1] - (p.a & 1) + p.b.length + p.in.x;
  text += p.name + (p.ok ? "+" : "-") + p.in.s + (p.none === undefined ? "." : "!");
}
console.log(total, text);

// (a variable of the module's top level is a global: these are in functions)
function inOrder(): void {
  // properties evaluate in the literal's order, also those never read
  const q = { first: note("first", 1), skip: note("skip", "unread"), arr: [note("a0", 2), note("a1", 3)], last: note("last", 4) };
  console.log(q.last + q.first, q.arr[1], order.join(","));

  // string keys, element reads with a string index, a tuple
  const headers = { "content-type": "text/plain", "x-count": 3 };
  const pair: [string, number] = ["left", 7];
  console.log(headers["content-type"], headers["x-count"] + 1, pair[0], pair[1] * 2);
}
inOrder();

// an interface-typed literal, read with narrowing of a union property
interface Reading {
  id: number;
  label: string | undefined;
  value: number | string;
}
function describe(n: number): string {
  const r: Reading = { id: n, label: n > 1 ? "big" : undefined, value: n > 2 ? "many" : n };
  let out = String(r.id);
  if (r.label !== undefined) out += ":" + r.label.toUpperCase();
  if (typeof r.value === "number") out += "=" + (r.value + 0.5);
  else out += "=" + r.value.length;
  return out;
}
console.log([0, 1, 2, 3].map(describe).join(" "));

// a nested array used as a whole is an array; the rest stay locals
function sorted(): void {
  const withList = { list: [3, 1, 2], n: 10 };
  withList.list.sort();
  console.log(withList.list.join("-"), withList.list.length, withList.n);
}
sorted();

// a throw in the middle of a literal: the parts made before it are released
function boom(): number {
  throw new Error("boom");
}
for (let k = 0; k < 3; k++) {
  try {
    const t = { s: "kept" + k, o: { deep: [k] }, n: k === 1 ? boom() : k };
    console.log(t.s, t.o.deep[0], t.n);
  } catch (e) {
    console.log("caught", (e as Error).message, k);
  }
}

// leaving a loop early and returning from inside the scope of the locals
function firstBig(xs: number[]): string {
  for (const x of xs) {
    const item = { x, tag: "item" + x };
    if (item.x > 10) return item.tag;
    if (item.x < 0) break;
    if (item.x === 3) continue;
  }
  return "none";
}
console.log(firstBig([1, 3, 12, 4]), firstBig([1, -1, 20]), firstBig([]));

// in a switch case, and a name that shadows another
const p = { a: "outer" };
switch (p.a.length) {
  case 5: {
    const p = { a: "inner", b: [1] };
    console.log(p.a, p.b[0]);
    break;
  }
}
console.log(p.a);

// uses that keep the literal an object: each prints what node prints
function keptObjects(): void {
  const passed = { a: 1, b: "two" };
  console.log(passed);
  const written = { a: 1 };
  written.a = 5;
  console.log(written.a);
  const counted = { n: 1 };
  counted.n++;
  console.log(counted.n);
  const method = {
    v: 3,
    get(): number {
      return this.v;
    },
  };
  console.log(method.get());
  const arrow = { f: (x: number) => x * 2, k: 4 };
  console.log(arrow.f(arrow.k));
  const captured = { c: "seen" };
  const later = () => captured.c;
  console.log(later());
  const optional = { o: 1 };
  console.log(optional?.o);
  const spreadFrom = { s: 1, t: 2 };
  const copy = { ...spreadFrom, u: 3 };
  console.log(copy.s + copy.t + copy.u);
  const keysOf = { k1: 1, k2: 2 };
  console.log(Object.keys(keysOf).join());
  const destructured = { d1: "x", d2: "y" };
  const { d1, d2 } = destructured;
  console.log(d1 + d2);
  const arrWhole = [1, 2, 3];
  console.log(arrWhole.map((v) => v * 2).join(), arrWhole[1]);
  const deleted: { a?: number; b: number } = { a: 1, b: 2 };
  delete deleted.a;
  console.log(JSON.stringify(deleted));
  const compared = { z: 0 };
  console.log(compared === compared, typeof compared);
}
keptObjects();
