// get/set accessors on classes: instance and static, computed values, validation in setters.
class Temperature {
  private celsius = 0;
  static created = 0;
  private static unit = "C";

  constructor(c: number) {
    this.celsius = c;
    Temperature.created++;
  }

  get fahrenheit(): number {
    return (this.celsius * 9) / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = ((f - 32) * 5) / 9;
  }

  get value(): number {
    return this.celsius;
  }
  set value(c: number) {
    if (c < -273.15) throw new RangeError(`${c} is below absolute zero`);
    this.celsius = c;
  }

  get label(): string {
    return `${this.celsius.toFixed(1)}°${Temperature.unit}`;
  }

  static get count(): number {
    return Temperature.created;
  }
  static get defaultUnit(): string {
    return Temperature.unit;
  }
  static set defaultUnit(u: string) {
    Temperature.unit = u.toUpperCase();
  }
}

const t = new Temperature(100);
console.log(t.fahrenheit, t.value, t.label);
t.fahrenheit = 32;
console.log(t.value, t.label);
t.value += 10;
console.log(t.value, t.fahrenheit);
t.value++;
console.log(t.value);
try {
  t.value = -300;
} catch (e) {
  console.log("refused:", (e as Error).message, "still", t.value);
}
const u = new Temperature(-40);
console.log(u.fahrenheit === u.value, Temperature.count);
console.log(Temperature.defaultUnit);
Temperature.defaultUnit = "k";
console.log(Temperature.defaultUnit, u.label);
console.log(t);

class Rect {
  constructor(
    public w: number,
    public h: number,
  ) {}
  get area(): number {
    return this.w * this.h;
  }
  get size(): string {
    return `${this.w}x${this.h}`;
  }
  set size(s: string) {
    const [w, h] = s.split("x").map(Number);
    this.w = w;
    this.h = h;
  }
}
class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
  get side(): number {
    return this.w;
  }
}
const r = new Rect(2, 3);
console.log(r.area, r.size);
r.size = "4x5";
console.log(r.area, r.w, r.h, JSON.stringify(r));
const sq = new Square(6);
console.log(sq.area, sq.side, sq.size);
const shapes: Rect[] = [r, sq];
console.log(shapes.map((s) => s.area).join(","));
