// A mixin constrained by an interface: its methods reach the base's members through `this`, and
// instances are used through interfaces, unions and generic functions.
type Ctor<T = {}> = new (...args: any[]) => T;

interface HasItems {
  items: number[];
}
interface Summable {
  sum(): number;
}

function Summing<T extends Ctor<HasItems>>(Base: T) {
  return class extends Base implements Summable {
    sum(): number {
      let s = 0;
      for (const x of this.items) s += x;
      return s;
    }
    mean(): number {
      return this.items.length ? this.sum() / this.items.length : 0;
    }
  };
}

function Sorting<T extends Ctor<HasItems>>(Base: T) {
  return class extends Base {
    sorted(): number[] {
      return [...this.items].sort((a, b) => a - b);
    }
  };
}

class Bag implements HasItems {
  items: number[] = [];
  add(...xs: number[]): this {
    this.items.push(...xs);
    return this;
  }
}

const Stats = Sorting(Summing(Bag));
const s = new Stats().add(5, 1, 4);
console.log(s.sum(), s.mean(), s.sorted(), s.items);
const asSummable: Summable = s;
console.log(asSummable.sum());

function total<T extends Summable>(xs: T[]): number {
  return xs.reduce((acc, x) => acc + x.sum(), 0);
}
const SummingBag = Summing(Bag);
const bags = [new SummingBag().add(1, 2), new SummingBag().add(10)];
console.log(total(bags), total<Summable>([s, ...bags]));
const either: Bag | Summable = bags[0];
if (either instanceof Bag) console.log("bag", either.items);
const maybe: InstanceType<typeof SummingBag> | undefined = bags[1];
console.log(maybe?.mean(), maybe?.sum());
