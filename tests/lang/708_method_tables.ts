// Methods called through a base-typed receiver run the receiver's class's version (its method
// table); objects that are not instances of the classes (literals, values from JSON.parse)
// still have their methods looked up by name, and a missing one is node's TypeError.
abstract class Node2 {
  constructor(public label: string) {}
  abstract eval(env: number): number;
  show(depth: number, tag?: string): string {
    return `${" ".repeat(depth)}${this.label}${tag ?? ""}=${this.eval(depth)}`;
  }
  visit(out: string[]): void {
    out.push(this.label);
  }
  isLeaf(): boolean {
    return true;
  }
  payload(): unknown {
    return null;
  }
}
class Num extends Node2 {
  constructor(public v: number) {
    super("num");
  }
  eval(_env: number): number {
    return this.v;
  }
  payload(): unknown {
    return { v: this.v };
  }
}
class Add extends Node2 {
  constructor(
    public a: Node2,
    public b: Node2,
  ) {
    super("add");
  }
  eval(env: number): number {
    return this.a.eval(env) + this.b.eval(env + 1);
  }
  visit(out: string[]): void {
    this.a.visit(out);
    super.visit(out);
    this.b.visit(out);
  }
  isLeaf(): boolean {
    return false;
  }
}
class Scaled extends Add {
  eval(env: number): number {
    return 2 * super.eval(env);
  }
  show(depth: number, tag?: string): string {
    return "scaled:" + super.show(depth, tag ?? "!");
  }
}
class Var extends Node2 {
  constructor() {
    super("var");
  }
  eval(env: number): number {
    return env;
  }
}

const tree: Node2 = new Scaled(new Add(new Num(1), new Var()), new Num(-2.5));
const nodes: Node2[] = [new Num(3), new Var(), tree, new Add(new Var(), new Var())];
for (const n of nodes) {
  const seen: string[] = [];
  n.visit(seen);
  console.log(n.show(1), n.show(0, "?"), n.eval(10), n.isLeaf(), JSON.stringify(n.payload()), seen.join(","));
}

// an object literal typed as the class: found by name
const fake = {
  label: "fake",
  eval: (env: number) => env * 100,
  show: (depth: number) => `fake@${depth}`,
  visit: (out: string[]) => out.push("f"),
  isLeaf: () => false,
  payload: () => [1, 2],
} as unknown as Node2;
const seen: string[] = [];
fake.visit(seen);
console.log(fake.eval(2), fake.show(3), fake.isLeaf(), fake.payload(), seen);

// a value from JSON.parse typed as the class, without the methods
const raw: unknown = JSON.parse('{"label":"json"}');
const parsed = raw as Node2;
try {
  console.log(parsed.eval(1));
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
// a method of an interface implemented by classes and by a literal
interface Pricer {
  price(qty: number): number;
}
class Flat implements Pricer {
  price(qty: number): number {
    return qty * 3;
  }
}
class Bulk extends Flat {
  price(qty: number): number {
    return qty > 10 ? qty * 2 : super.price(qty);
  }
}
const pricers: Pricer[] = [new Flat(), new Bulk(), { price: (q: number) => q + 0.5 }];
const bases: Flat[] = [new Flat(), new Bulk()];
console.log(
  pricers.map((p) => p.price(20)),
  bases.map((b) => b.price(5) + b.price(50)),
);
