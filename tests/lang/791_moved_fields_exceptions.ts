// Exceptions around constructors whose arguments are handed over to fields: an argument made
// before a later argument throws, a constructor that throws before or after the store, and a
// throw from a field initializer. Nothing leaks (LeakSanitizer) and nothing is freed twice (ASan).
class Box {
  constructor(public v: number) {}
}

class Holder {
  first: Box | null;
  second: Box | null;
  constructor(first: Box | null, second: Box | null, failAt: number) {
    if (failAt === 0) throw new Error("before any store");
    this.first = first;
    if (failAt === 1) throw new Error("between the stores");
    this.second = second;
    if (failAt === 2) throw new Error("after the stores");
  }
}

class Props {
  label: string = check(this);
  constructor(
    public a: Box | null,
    public b: Box | null,
  ) {}
}

let boom = false;
function check(p: Props): string {
  if (boom) throw new RangeError("field initializer");
  return p.a === undefined ? "early" : "late";
}

function box(v: number): Box {
  if (v < 0) throw new TypeError("negative box " + v);
  return new Box(v);
}

let caught = 0;
for (let i = 0; i < 200; i++) {
  for (let failAt = 0; failAt <= 3; failAt++) {
    try {
      const h = new Holder(box(i), box(i + 1), failAt);
      if (i === 0) console.log("built", h.first!.v, h.second!.v);
    } catch (e) {
      caught++;
      if (i === 0) console.log("caught", (e as Error).message);
    }
  }
  try {
    // the first argument is made, then the second throws
    const h = new Holder(box(i), box(-1 - i), 3);
    console.log("unexpected", h.first);
  } catch (e) {
    caught++;
    if (i < 2) console.log((e as Error).name, (e as Error).message);
  }
  try {
    boom = i % 2 === 1;
    const p = new Props(box(i), box(i));
    if (i < 2) console.log("props", p.label, p.a!.v + p.b!.v);
  } catch (e) {
    caught++;
    if (i < 4) console.log("props threw", (e as Error).message);
  }
}
boom = false;
console.log("caught", caught);
const nested = new Holder(new Box(1), new Holder(new Box(2), new Box(3), 3).second, 3);
console.log(nested.first!.v, nested.second!.v);
