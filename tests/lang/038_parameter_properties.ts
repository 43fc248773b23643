// Parameter properties with access modifiers and readonly, plus defaults and optional params.
class Point {
  constructor(public readonly x: number, public readonly y: number) {}
  add(o: Point): Point {
    return new Point(this.x + o.x, this.y + o.y);
  }
  scale(k: number): Point {
    return new Point(this.x * k, this.y * k);
  }
  dist(o: Point = new Point(0, 0)): number {
    return Math.hypot(this.x - o.x, this.y - o.y);
  }
  toString(): string {
    return `(${this.x}, ${this.y})`;
  }
}

class Segment {
  constructor(private a: Point, private b: Point, public label?: string) {}
  length(): number {
    return this.a.dist(this.b);
  }
  midpoint(): Point {
    return this.a.add(this.b).scale(0.5);
  }
  describe(): string {
    return `${this.label ?? "unnamed"} ${this.a}-${this.b} len=${this.length().toFixed(4)} mid=${this.midpoint()}`;
  }
}

class Polygon {
  private segments: Segment[] = [];
  constructor(public name: string, protected points: Point[], public closed = true) {
    const n = points.length;
    const limit = closed ? n : n - 1;
    for (let i = 0; i < limit; i++) {
      this.segments.push(new Segment(points[i], points[(i + 1) % n], `${name}[${i}]`));
    }
  }
  perimeter(): number {
    return this.segments.reduce((s, seg) => s + seg.length(), 0);
  }
  area(): number {
    let s = 0;
    const p = this.points;
    for (let i = 0; i < p.length; i++) {
      const q = p[(i + 1) % p.length];
      s += p[i].x * q.y - q.x * p[i].y;
    }
    return Math.abs(s) / 2;
  }
  report(): void {
    console.log(`${this.name}: ${this.points.length} points, closed=${this.closed}`);
    for (const s of this.segments) console.log("  " + s.describe());
    console.log(`  perimeter=${this.perimeter().toFixed(3)} area=${this.area()}`);
  }
}

const tri = new Polygon("tri", [new Point(0, 0), new Point(4, 0), new Point(0, 3)]);
tri.report();
const path = new Polygon("path", [new Point(1, 1), new Point(2, 3), new Point(5, 3), new Point(6, -1)], false);
path.report();
const p = new Point(3, 4);
console.log(p, String(p), `${p.scale(-1)}`, p.dist(), p.dist(new Point(3, 0)));
console.log(new Segment(p, new Point(0, 0)));
console.log(new Segment(p, p, "zero").length());
