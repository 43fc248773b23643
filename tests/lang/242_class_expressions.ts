// Class expressions held by top-level consts, anonymous and named, with inheritance and statics.
const Point = class {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  plus(o: { x: number; y: number }): { x: number; y: number } {
    return new Point(this.x + o.x, this.y + o.y);
  }
  toString(): string {
    return `(${this.x}, ${this.y})`;
  }
};

const Named = class Labelled {
  static made = 0;
  constructor(readonly label: string) {
    Labelled.made++;
  }
  shout(): string {
    return this.label.toUpperCase();
  }
};

const Point3 = class extends Point {
  constructor(
    x: number,
    y: number,
    readonly z: number,
  ) {
    super(x, y);
  }
  get norm1(): number {
    return Math.abs(this.x) + Math.abs(this.y) + Math.abs(this.z);
  }
};

const Problem = class extends Error {
  constructor(readonly code: number) {
    super("problem " + code);
    this.name = "Problem";
  }
};

const p = new Point(1, 2);
console.log(p, String(p.plus(new Point(3, 4))), `${p}`);
const n = new Named("hey");
const m = new Named("you");
console.log(n, m.shout(), Named.made);
const q = new Point3(1, -2, 3);
console.log(q, q.norm1, q instanceof Point, q instanceof Point3, p instanceof Point3);
try {
  throw new Problem(7);
} catch (e) {
  if (e instanceof Problem) console.log(String(e), e.code, e instanceof Error);
}
