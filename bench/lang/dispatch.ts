// Methods through a base-typed receiver: an expression tree of an abstract
// class and its subclasses, evaluated many times, and shapes in an array.

abstract class Expr {
  abstract eval(x: number): number;
  size(): number {
    return 1;
  }
}
class Const extends Expr {
  constructor(public v: number) {
    super();
  }
  eval(_x: number): number {
    return this.v;
  }
}
class Var extends Expr {
  eval(x: number): number {
    return x;
  }
}
class Add extends Expr {
  constructor(public a: Expr, public b: Expr) {
    super();
  }
  eval(x: number): number {
    return this.a.eval(x) + this.b.eval(x);
  }
  size(): number {
    return 1 + this.a.size() + this.b.size();
  }
}
class Mul extends Add {
  eval(x: number): number {
    return this.a.eval(x) * this.b.eval(x);
  }
}

// (x * 3 + 1) * (x + 2) + x * x, nested a few times
function build(depth: number): Expr {
  if (depth === 0) return new Add(new Mul(new Var(), new Const(0.5)), new Const(1));
  const inner = build(depth - 1);
  return new Add(new Mul(inner, new Const(0.25)), new Mul(new Var(), new Const(0.001)));
}

const tree = build(6);
let total = 0;
for (let i = 0; i < 2000000; i++) total += tree.eval(i % 100);
console.log(tree.size(), total.toFixed(3));

abstract class Shape {
  abstract area(): number;
  abstract scale(k: number): void;
}
class Rect extends Shape {
  constructor(public w: number, public h: number) {
    super();
  }
  area(): number {
    return this.w * this.h;
  }
  scale(k: number): void {
    this.w *= k;
    this.h *= k;
  }
}
class Circle extends Shape {
  constructor(public r: number) {
    super();
  }
  area(): number {
    return 3.14159 * this.r * this.r;
  }
  scale(k: number): void {
    this.r *= k;
  }
}
const shapes: Shape[] = [];
for (let i = 0; i < 1000; i++) shapes.push(i % 3 === 0 ? new Circle(i % 7) : new Rect(i % 5, i % 11));
let areas = 0;
for (let round = 0; round < 10000; round++) {
  for (const s of shapes) {
    s.scale(round % 2 === 0 ? 1.001 : 0.999);
    areas += s.area();
  }
}
console.log(areas.toFixed(1));
