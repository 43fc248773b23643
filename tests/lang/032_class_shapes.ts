// Class hierarchy with abstract-like base, overriding, super calls, and polymorphic dispatch.
class Shape {
  static count = 0;
  readonly id: number;
  constructor(public name: string) {
    Shape.count++;
    this.id = Shape.count;
  }
  area(): number {
    return 0;
  }
  perimeter(): number {
    return 0;
  }
  describe(): string {
    return `#${this.id} ${this.name}: area=${this.area().toFixed(3)} perimeter=${this.perimeter().toFixed(3)}`;
  }
}

class Circle extends Shape {
  constructor(public r: number) {
    super("circle");
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
  perimeter(): number {
    return 2 * Math.PI * this.r;
  }
}

class Rect extends Shape {
  constructor(public w: number, public h: number, name = "rect") {
    super(name);
  }
  area(): number {
    return this.w * this.h;
  }
  perimeter(): number {
    return 2 * (this.w + this.h);
  }
}

class Square extends Rect {
  constructor(side: number) {
    super(side, side, "square");
  }
  describe(): string {
    return super.describe() + " (side " + this.w + ")";
  }
}

class Triangle extends Shape {
  constructor(private a: number, private b: number, private c: number) {
    super("triangle");
  }
  perimeter(): number {
    return this.a + this.b + this.c;
  }
  area(): number {
    const s = this.perimeter() / 2;
    return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c));
  }
}

const shapes: Shape[] = [new Circle(1), new Rect(3, 4), new Square(2.5), new Triangle(3, 4, 5), new Circle(0.5), new Shape("point")];
for (const s of shapes) console.log(s.describe());
console.log("count:", Shape.count);
const total = shapes.reduce((a, s) => a + s.area(), 0);
console.log("total area:", total.toFixed(4));
const largest = shapes.reduce((m, s) => (s.area() > m.area() ? s : m));
console.log("largest:", largest.name, largest.id);
console.log(shapes.map((s) => [s instanceof Rect, s instanceof Square, s instanceof Circle, s instanceof Shape].map((b) => (b ? 1 : 0)).join("")));
const sorted = shapes.slice().sort((a, b) => a.perimeter() - b.perimeter());
console.log(sorted.map((s) => s.name));
console.log(shapes[1]);
console.log(shapes[3]);
console.log(new Square(1));
