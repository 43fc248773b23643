// Struct-backed instances stay ordinary objects for everything dynamic: Object.keys/values/entries,
// spread, `in`, for-in, reads and writes by key (of fields and of new properties, numeric keys
// included), Object.assign, and access through interfaces and generic code.
interface HasX {
  x: number;
}

class Cell implements HasX {
  x = 1;
  name = "cell";
  on = false;
  constructor(public ref: Cell | null) {}
}

function sumX<T extends HasX>(items: T[]): number {
  let s = 0;
  for (const it of items) s += it.x;
  return s;
}

const c = new Cell(null);
const d = new Cell(c);
console.log(Object.keys(d), Object.values(c), Object.entries(c));
console.log({ ...c, extra: 1 });
console.log("x" in c, "ref" in c, "nope" in c);
const keys: string[] = [];
for (const k in d) keys.push(k);
console.log(keys.join("|"));
const dyn = c as unknown as Record<string, unknown>;
dyn.x = 10;
dyn.added = "new";
dyn[2] = "two";
dyn["name"] = undefined;
const k = "on";
dyn[k] = true;
console.log(c, c.x, c.name, c.on, dyn.added, dyn["x"], dyn.missing);
const h: HasX = d;
h.x = 5;
console.log(sumX([c, d]), d.x);
Object.assign(d, { x: 7, name: "assigned", more: [1] });
console.log(d);
const copy = { ...d };
console.log(copy, Object.keys(copy).length);
// a class with an optional field keeps its properties by key: it may lose one
class Opt {
  a = 1;
  b?: number = 2;
}
const o = new Opt();
delete o.b;
console.log(o, Object.keys(o));
