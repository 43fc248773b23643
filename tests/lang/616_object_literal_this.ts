// 'this' in an object literal's methods, accessors and function-valued properties: the object the
// method is called on (obj.m(), obj[k](), through an interface, on a spread copy), and an arrow in a
// method sees the method's.
interface Counter {
  n: number;
  inc(): Counter;
  get double(): number;
}
const counter: Counter = {
  n: 0,
  inc() {
    this.n++;
    return this;
  },
  get double() {
    return this.n * 2;
  },
};
counter.inc().inc();
console.log(counter.n, counter.double);
const copy = { ...counter, n: 10 };
copy.inc();
console.log(copy.n, counter.n);
const temp = {
  c: 20,
  f: 0,
  set celsius(v: number) {
    this.c = v;
    this.f = v * 1.8 + 32;
  },
  get celsius(): number {
    return this.c;
  },
  describe: function (): string {
    return `${this.c}C is ${this.f}F`;
  },
  later(): () => number {
    return () => this.c + 1;
  },
};
temp.celsius = 100;
console.log(temp.describe(), temp.celsius, temp.later()());
console.log(Object.keys(temp), JSON.stringify(temp));
const ops = [counter, copy];
for (const o of ops) o.inc();
console.log(ops.map((o) => o.n));
// called through a function-typed property of an interface
interface Greeter {
  name: string;
  greet: (greeting: string) => string;
}
const g: Greeter = {
  name: "ada",
  greet: function (greeting: string): string {
    return `${greeting}, ${this.name}`;
  },
};
console.log(g.greet("hi"));
const greeters: Greeter[] = [g, { name: "bob", greet: (x) => x + "!" }];
console.log(greeters.map((x) => x.greet("yo")));
const boxes = {
  v: 1,
  add(d: number): number {
    this.v += d;
    return this.v;
  },
};
const m: typeof boxes | undefined = Math.random() < 2 ? boxes : undefined;
console.log(m?.add(2), boxes["add"](3));
const k = "add";
console.log(boxes[k](4));
// a method that throws: its receiver is released on the way out
const guard = {
  limit: 2,
  check(x: number): number {
    if (x > this.limit) throw new RangeError(`${x} > ${this.limit}`);
    return x;
  },
};
for (let i = 0; i < 4; i++) {
  try {
    console.log(guard.check(i));
  } catch (e) {
    console.log(String(e));
  }
}
