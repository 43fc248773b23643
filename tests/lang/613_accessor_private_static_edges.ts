// Accessor edges: #private accessors of the same name in a parent and a subclass stay each class's own;
// static accessors overridden, with super; an object literal's accessor under for...in, delete and ?.
class A {
  #v = 1;
  get #x(): number { return this.#v * 10; }
  get x(): number { return this.#x; }
  static get k(): string { return "A"; }
}
class B extends A {
  #w = 2;
  get #x(): number { return this.#w * 100; }
  get x(): number { return super.x + this.#x; }
  static get k(): string { return "B" + super.k; }
}
const xs: A[] = [new A(), new B()];
console.log(xs.map((a) => a.x), A.k, B.k);
const o = { get a() { return 1; }, b: 2 };
for (const k in o) console.log(k, (o as Record<string, number>)[k]);
delete (o as Partial<typeof o>).b;
console.log(o, "a" in o);
const arr = [{ get n() { return 5; } }];
console.log(arr[0]?.n, arr.map((e) => e.n));
