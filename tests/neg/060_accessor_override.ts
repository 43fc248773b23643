// A subclass's accessor would not be reached through the parent's type: refused.
class Shape {
  get area(): number {
    return 0;
  }
}
class Circle extends Shape {
  constructor(readonly r: number) {
    super();
  }
  get area(): number {
    return 3 * this.r * this.r;
  }
}
const shapes: Shape[] = [new Shape(), new Circle(2)];
print(shapes.map((s) => s.area));
// expect: TSFW1009 11:3
// hint: use a method
