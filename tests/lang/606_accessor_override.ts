// Accessors that subclasses override: reads and writes through the parent's type reach the
// subclass's accessor; `super.x` in an accessor reaches the parent's.
class Shape {
  constructor(readonly name: string) {}
  get area(): number {
    return 0;
  }
  get label(): string {
    return `${this.name} of area ${this.area.toFixed(2)}`;
  }
}
class Circle extends Shape {
  constructor(readonly r: number) {
    super("circle");
  }
  get area(): number {
    return Math.PI * this.r * this.r;
  }
}
class Ring extends Circle {
  constructor(
    r: number,
    readonly inner: number,
  ) {
    super(r);
  }
  get area(): number {
    return super.area - Math.PI * this.inner * this.inner;
  }
  get label(): string {
    return `[${super.label}]`;
  }
}
const shapes: Shape[] = [new Shape("dot"), new Circle(1), new Ring(2, 1)];
for (const s of shapes) print(s.area.toFixed(3), s.label);
print(shapes.map((s) => s.area > 1));
print(shapes.reduce((sum, s) => sum + s.area, 0).toFixed(4));

// a setter overridden, validation in the subclass, the parent's setter through super
class Setting {
  protected raw = 0;
  get value(): number {
    return this.raw;
  }
  set value(v: number) {
    this.raw = v;
  }
}
class Percent extends Setting {
  get value(): number {
    return super.value;
  }
  set value(v: number) {
    if (v < 0 || v > 100) throw new RangeError(`${v} is not a percentage`);
    super.value = Math.round(v);
  }
}
class ReadOnlyZero extends Setting {
  get value(): number {
    return 0;
  }
}
const settings: Setting[] = [new Setting(), new Percent(), new ReadOnlyZero()];
for (const s of settings) {
  s.value = 42.6;
  s.value += 1;
  try {
    s.value = 250;
  } catch (e) {
    print("refused:", (e as Error).message);
  }
  print(s.value, "value" in s, Object.keys(s), JSON.stringify(s));
}
print(settings);

// an accessor of the parent read from the subclass's own methods and from a callback
class Counter {
  protected n = 0;
  get count(): number {
    return this.n;
  }
  bump(): void {
    this.n++;
  }
}
class EvenCounter extends Counter {
  get count(): number {
    return this.n * 2;
  }
  twice(): number[] {
    return [1, 2].map(() => this.count + super.count);
  }
}
const c: Counter = new EvenCounter();
c.bump();
c.bump();
print(c.count, (c as EvenCounter).twice());
