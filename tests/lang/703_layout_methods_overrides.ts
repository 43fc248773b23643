// Methods through base-typed variables: overrides, super calls, abstract classes, accessors,
// closures capturing `this`, static members, class expressions and try/catch in methods.
abstract class Shape {
  static created = 0;
  protected sides: number;
  constructor(sides: number) {
    this.sides = sides;
    Shape.created++;
  }
  abstract area(): number;
  name(): string {
    return "shape";
  }
  summary(): string {
    return `${this.name()} with ${this.sides} sides, area ${this.area().toFixed(2)}`;
  }
}

class Rect extends Shape {
  constructor(
    public w: number,
    public h: number,
  ) {
    super(4);
  }
  area(): number {
    return this.w * this.h;
  }
  name(): string {
    return "rect";
  }
}

class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
  name(): string {
    return "square(" + super.name() + ")";
  }
  get side(): number {
    return this.w;
  }
  set side(v: number) {
    this.w = v;
    this.h = v;
  }
}

const Circle = class extends Shape {
  constructor(public r: number) {
    super(0);
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
};

class Counter {
  count = 0;
  makeInc(): () => number {
    return () => ++this.count;
  }
  risky(n: number): string {
    try {
      if (n > 1) throw new RangeError("too big: " + n);
      this.count += n;
      return "ok " + this.count;
    } catch (e) {
      return "caught " + (e as Error).message;
    } finally {
      this.count += 100;
    }
  }
}

const shapes: Shape[] = [new Rect(2, 3), new Square(4), new Circle(1)];
for (const s of shapes) console.log(s.summary(), s instanceof Rect, s instanceof Square);
const sq = new Square(2);
sq.side = 5;
console.log(sq.side, sq.area(), sq, Shape.created);
const c = new Counter();
const inc = c.makeInc();
inc();
inc();
console.log(c.count, c.risky(1), c.risky(5), c);
