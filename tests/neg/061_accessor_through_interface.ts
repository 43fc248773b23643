// A getter read through an interface type: the compiler reaches getters only through the class's type.
interface HasArea {
  area: number;
}
class Square {
  constructor(readonly side: number) {}
  get area(): number {
    return this.side * this.side;
  }
}
const shapes: HasArea[] = [new Square(3), { area: 1 }];
print(shapes.map((s) => s.area));
// expect: TSFW1009 12:27
// hint: declare the value with the class's type
