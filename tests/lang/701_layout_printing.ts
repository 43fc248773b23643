// Instances with fixed layouts print as node prints them: nested instances, null and undefined
// fields, getters (not shown), #private fields (hidden), and JSON.stringify.
class Point {
  constructor(public x: number, public y: number) {}
  get norm(): number {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

class Segment {
  #secret = 42;
  name: string;
  from: Point;
  to: Point | null = null;
  hidden: undefined = undefined;
  data: number[] = [1, 2, 3];
  meta: { [k: string]: string | number } = { unit: "m" };
  ok = false;
  constructor(name: string, from: Point) {
    this.name = name;
    this.from = from;
  }
  peek(): number {
    return this.#secret;
  }
}

class Node2 {
  next: Node2 | null = null;
  constructor(public value: string) {}
}

const s = new Segment("s1", new Point(1, 2));
console.log(s);
s.to = new Point(3, -4.5);
s.ok = true;
console.log(s, s.to.norm, s.peek());
console.log(JSON.stringify(s));
console.log(JSON.stringify(s, null, 2));
console.log(JSON.stringify(s, ["name", "to", "x"]));
console.log(String(s.from.x) + "," + `${s.from.y}`);
const a = new Node2("a");
a.next = new Node2("b");
a.next.next = new Node2("c");
a.next.next.next = new Node2("d");
console.log(a);
console.log([new Point(0, 0), new Point(-0, 1e21)]);
const e = new Point(NaN, Infinity);
console.log(e, JSON.stringify(e));
