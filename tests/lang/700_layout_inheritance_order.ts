// Fixed class layouts: inherited fields first, initialisers in declaration order, parameter
// properties, a subclass redeclaring its parent's field, and fields read in the constructors.
class Base {
  static next = 1;
  id = Base.next++;
  label: string = "base";
  constructor(public weight: number) {
    console.log("Base ctor sees", this.id, this.label, this.weight);
  }
  describe(): string {
    return `${this.label}#${this.id} w=${this.weight}`;
  }
}

class Mid extends Base {
  label = "mid"; // the parent's field: keeps its place
  flag = true;
  constructor(weight: number, public tag: string) {
    super(weight * 2);
    console.log("Mid ctor", this.label, this.flag, this.tag);
  }
}

class Leaf extends Mid {
  extra = this.weight + 1; // reads a field defined before it
  count: number;
  constructor() {
    super(3, "leafy");
    this.count = this.extra * 10;
  }
  describe(): string {
    return "leaf:" + super.describe() + " extra=" + this.extra;
  }
}

const b = new Base(1);
const m = new Mid(2, "m");
const l = new Leaf();
console.log(b);
console.log(m);
console.log(l);
const all: Base[] = [b, m, l];
for (const x of all) console.log(x.describe(), x.weight, x instanceof Mid, x instanceof Leaf);
l.weight += 0.5;
l.label = "changed";
l.count--;
console.log(l.weight, l.label, l.count, Object.keys(l).join(","));
