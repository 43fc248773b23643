// #private fields and methods: hidden from keys, JSON and console.log; each class has its own.
class Counter {
  #count = 0;
  #step: number;
  static #instances = 0;
  readonly name: string;

  constructor(name: string, step = 1) {
    this.name = name;
    this.#step = step;
    Counter.#instances++;
  }

  #bump(times: number): void {
    for (let i = 0; i < times; i++) this.#count += this.#step;
  }

  increment(times = 1): number {
    this.#bump(times);
    return this.#count;
  }

  get value(): number {
    return this.#count;
  }

  static #describe(c: Counter): string {
    return `${c.name}=${c.#count}`;
  }

  static report(list: Counter[]): string {
    return `${Counter.#instances} counters: ` + list.map((c) => Counter.#describe(c)).join(", ");
  }

  equals(other: Counter): boolean {
    return this.#count === other.#count;
  }
}

const a = new Counter("a");
const b = new Counter("b", 5);
a.increment(3);
b.increment();
console.log(a.value, b.value, a.equals(b));
a.increment(2);
console.log(a.equals(b), Counter.report([a, b]));
console.log(Object.keys(a), JSON.stringify(b));
console.log(a, b);
console.log({ ...a });

class Base {
  #secret = "base secret";
  reveal(): string {
    return this.#secret;
  }
}
class Child extends Base {
  #secret = "child secret";
  revealOwn(): string {
    return this.#secret;
  }
}
const c = new Child();
console.log(c.reveal(), "|", c.revealOwn(), "|", c);

class Stack<T> {
  #items: T[] = [];
  push(x: T): this {
    this.#items.push(x);
    return this;
  }
  pop(): T | undefined {
    return this.#items.pop();
  }
  get size(): number {
    return this.#items.length;
  }
}
const s = new Stack<string>().push("x").push("y");
console.log(s.size, s.pop(), s.size, JSON.stringify(s));
