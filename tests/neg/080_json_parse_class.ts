// JSON.parse cannot check a class: its instances have methods and a prototype that JSON lacks.
class Point {
  x = 0;
  y = 0;
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}
const p = JSON.parse('{"x":3,"y":4}') as Point;
print(p.norm());
// expect: TSFW1004 9:11
