// A class's getter or setter reached through an interface, a union or a generic parameter: the
// value may be a plain object with a data property or a class instance with an accessor.
interface HasArea {
  readonly area: number;
}
class Square {
  constructor(readonly side: number) {}
  get area(): number {
    return this.side * this.side;
  }
}
class Rect {
  constructor(
    readonly w: number,
    readonly h: number,
  ) {}
  get area(): number {
    return this.w * this.h;
  }
}
const shapes: HasArea[] = [new Square(3), { area: 1.5 }, new Rect(2, 5)];
print(shapes.map((s) => s.area));
function total<T extends HasArea>(xs: T[]): number {
  let t = 0;
  for (const x of xs) t += x.area;
  return t;
}
print(total(shapes), total([new Square(2), new Square(4)]));

interface Level {
  level: number;
}
class Dimmer {
  private pct = 0;
  writes = 0;
  get level(): number {
    return this.pct;
  }
  set level(v: number) {
    this.writes++;
    this.pct = Math.max(0, Math.min(100, v));
  }
}
const dim = new Dimmer();
const levels: Level[] = [dim, { level: 7 }];
for (const l of levels) {
  l.level = 140;
  l.level -= 15;
  print(l.level);
}
print(dim.writes, dim);

// a getter that throws, read through the interface: a catchable error
class Sensor {
  constructor(private ok: boolean) {}
  get reading(): number {
    if (!this.ok) throw new Error("sensor offline");
    return 21.5;
  }
}
const sensors: { readonly reading: number }[] = [new Sensor(true), new Sensor(false)];
for (const s of sensors) {
  try {
    print(s.reading);
  } catch (e) {
    print("caught", String(e));
  }
}
