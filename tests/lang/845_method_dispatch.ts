// Calls of overridden methods through a base-typed receiver: a hierarchy of
// few concrete classes (the receiver's class is tested, then the method is
// called directly) and one of many (through the method tables), each with
// methods that return numbers, strings, objects and nothing, an abstract
// class in the middle, inherited overrides, object literals standing in for
// an instance, and throws out of the called method.

abstract class Shape {
  abstract area(): number;
  abstract describe(): string;
  grow(k: number): void {
    this.scaled *= k;
  }
  scaled = 1;
  bounds(): { w: number; h: number } {
    return { w: 0, h: 0 };
  }
}
class Square extends Shape {
  constructor(public side: number) {
    super();
  }
  area(): number {
    return this.side * this.side * this.scaled * this.scaled;
  }
  describe(): string {
    return "square " + this.side;
  }
  bounds(): { w: number; h: number } {
    return { w: this.side, h: this.side };
  }
}
abstract class Round extends Shape {
  describe(): string {
    return "round " + this.area().toFixed(2);
  }
}
class Circle extends Round {
  constructor(public r: number) {
    super();
  }
  area(): number {
    if (this.r < 0) throw new RangeError("negative radius " + this.r);
    return 3.14159 * this.r * this.r * this.scaled * this.scaled;
  }
  grow(k: number): void {
    super.grow(k * k);
  }
}
class Ellipse extends Round {
  constructor(public a: number, public b: number) {
    super();
  }
  area(): number {
    return 3.14159 * this.a * this.b;
  }
}
// inherits Square's area, describe and bounds
class Tile extends Square {}

const shapes: Shape[] = [new Square(2), new Circle(1), new Ellipse(1, 2), new Tile(3), new Circle(0.5)];
let total = 0;
for (let round = 0; round < 3; round++) {
  for (const s of shapes) {
    s.grow(round === 1 ? 2 : 1);
    total += s.area();
  }
}
console.log(total.toFixed(4));
for (const s of shapes) console.log(s.describe(), JSON.stringify(s.bounds()), s.scaled);

// an object literal typed as the class: its own methods, looked up by name
const fake: Shape = {
  scaled: 7,
  area: () => 42,
  describe() {
    return "fake " + this.scaled;
  },
  grow(k: number) {
    this.scaled += k;
  },
  bounds: () => ({ w: -1, h: -1 }),
};
shapes.push(fake);
fake.grow(3);
for (const s of shapes) total += s.area();
console.log(total.toFixed(4), fake.describe(), fake.bounds().w);

// a throw out of a method called directly: caught, and the loop goes on
const bad: Shape[] = [new Circle(-1), new Square(1), new Circle(-2)];
for (const s of bad) {
  try {
    console.log("area", s.area());
  } catch (e) {
    console.log("caught", (e as Error).message, e instanceof RangeError);
  }
}

// many concrete classes: the method tables
abstract class Op {
  abstract apply(x: number): number;
  name(): string {
    return "op";
  }
}
class Inc extends Op {
  apply(x: number): number {
    return x + 1;
  }
}
class Dec extends Op {
  apply(x: number): number {
    return x - 1;
  }
}
class Dbl extends Op {
  apply(x: number): number {
    return x * 2;
  }
  name(): string {
    return "dbl";
  }
}
class Half extends Op {
  apply(x: number): number {
    return x / 2;
  }
}
class Neg extends Op {
  apply(x: number): number {
    return -x;
  }
}
class Sq extends Dbl {
  apply(x: number): number {
    return x * x;
  }
  name(): string {
    return "sq";
  }
}
const ops: Op[] = [new Inc(), new Dbl(), new Sq(), new Dec(), new Half(), new Neg()];
let x = 3;
const names: string[] = [];
for (let i = 0; i < 12; i++) {
  const op = ops[i % ops.length];
  x = op.apply(x);
  names.push(op.name());
}
console.log(x, names.join(","));
ops.push({ apply: (v: number) => v + 100, name: () => "literal" });
console.log(ops[6].apply(1), ops[6].name());
