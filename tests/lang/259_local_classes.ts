// Class expressions inside functions that use nothing of the function: a local const's class and
// `new (class { ... })()`, with inheritance, methods, accessors, printing and names.
class Shape {
  constructor(public name: string) {}
  area(): number {
    return 0;
  }
}

function makeEntries(n: number): { key: string; value: number }[] {
  const Entry = class {
    constructor(
      public key: string,
      public value: number,
    ) {}
    get doubled(): number {
      return this.value * 2;
    }
  };
  const out: { key: string; value: number }[] = [];
  for (let i = 0; i < n; i++) {
    const e = new Entry(`k${i}`, i);
    out.push(e);
    console.log(e.doubled, e);
  }
  return out;
}
console.log(makeEntries(3), JSON.stringify(makeEntries(1)));

function origin() {
  return new (class {
    x = 0;
    y = 1;
    sum(): number {
      return this.x + this.y;
    }
  })();
}
const p = origin();
p.x = 5;
console.log(p, p.sum(), JSON.stringify(p.constructor.name), origin().sum());

function squares(sides: number[]): Shape[] {
  const Square = class Sq extends Shape {
    constructor(public side: number) {
      super("square");
    }
    area(): number {
      return this.side * this.side;
    }
  };
  return sides.map((s) => new Square(s));
}
const shapes = squares([1, 2, 3]);
console.log(shapes, shapes.map((s) => s.area()), shapes[0] instanceof Shape, shapes[0].constructor.name);

const counter = () => {
  const Counter = class {
    n = 0;
    inc(): this {
      this.n++;
      return this;
    }
  };
  return new Counter().inc().inc();
};
console.log(counter(), counter().n + counter().n);

function failing(flag: boolean): string {
  try {
    return String(
      new (class {
        v: number;
        constructor(f: boolean) {
          if (f) throw new Error("refused");
          this.v = 1;
        }
      })(flag).v,
    );
  } catch (e) {
    return (e as Error).message;
  }
}
console.log(failing(false), failing(true));
