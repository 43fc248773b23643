// Classes that extend a mixin's application directly, or a const that holds one: constructors,
// super calls to the mixin's methods, overrides dispatched through the base type.
type Ctor<T = {}> = new (...args: any[]) => T;

class Shape {
  constructor(public name: string) {}
  area(): number {
    return 0;
  }
  show(): string {
    return `${this.name} ${this.area().toFixed(2)}`;
  }
}

function Scaled<T extends Ctor<Shape>>(Base: T) {
  return class extends Base {
    factor = 1;
    scale(f: number): this {
      this.factor *= f;
      return this;
    }
    area(): number {
      return super.area() * this.factor * this.factor;
    }
  };
}

class Square extends Scaled(Shape) {
  constructor(public side: number) {
    super("square");
  }
  area(): number {
    return this.side * this.side * this.factor * this.factor;
  }
}

const ScaledShape = Scaled(Shape);
class Circle extends ScaledShape {
  r = 1;
  area(): number {
    return Math.PI * this.r * this.r * this.factor * this.factor;
  }
  show(): string {
    return `circle: ${super.show()}`;
  }
}

class Unit extends ScaledShape {}

const shapes: Shape[] = [new Square(2).scale(2), new Circle("c").scale(3), new Unit("u"), new ScaledShape("s")];
for (const s of shapes) console.log(s.show(), s instanceof ScaledShape, s.constructor.name);
console.log(shapes);
const sq = new Square(3);
console.log(sq, Square.name, sq instanceof Shape, sq instanceof ScaledShape);
console.log(new Circle("z") instanceof Circle, new Unit("w").area(), JSON.stringify(new Unit("j")));
