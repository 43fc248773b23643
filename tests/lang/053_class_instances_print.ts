// console.log of class instances, nested instances, instances in arrays and maps, and empty classes.
class Empty {}
class Vec {
  constructor(public x: number, public y: number) {}
  len(): number {
    return Math.hypot(this.x, this.y);
  }
}
class Particle {
  static count = 0;
  vel = new Vec(0, 0);
  history: Vec[] = [];
  tag: string | undefined;
  constructor(public pos: Vec, public mass = 1) {
    Particle.count++;
  }
  step(dt: number): void {
    this.history.push(new Vec(this.pos.x, this.pos.y));
    this.pos = new Vec(this.pos.x + this.vel.x * dt, this.pos.y + this.vel.y * dt);
  }
}
class Labeled extends Vec {
  label = "unnamed";
  constructor(x: number, y: number, label?: string) {
    super(x, y);
    if (label) this.label = label;
  }
}

console.log(new Empty());
console.log(new Vec(3, 4), new Vec(-0, 0.5).len());
const p = new Particle(new Vec(1, 2));
p.vel = new Vec(0.5, -1);
p.step(1);
p.step(2);
console.log(p);
p.tag = "tracked";
p.step(0.5);
console.log(p);
console.log([new Vec(1, 1), new Labeled(2, 2), new Labeled(0, 0, "origin")]);
console.log(new Map([["a", new Vec(1, 0)]]), new Set([new Empty()]));
console.log({ wrapper: { inner: new Vec(9, 9) } }, [new Empty(), new Empty()]);
console.log("count:", Particle.count);
const ps: Particle[] = [];
for (let i = 0; i < 3; i++) ps.push(new Particle(new Vec(i, -i), i + 0.5));
console.log(ps);
console.log(`${new Vec(1, 2)}`, String(new Empty()), JSON.stringify(new Labeled(5, 6, "five")));
