// How node shows instances of mixins' classes: the nearest class with a name, nested in arrays,
// objects, Maps and JSON (with toJSON from a mixin), and the names of the classes.
type Ctor<T = {}> = new (...args: any[]) => T;

function Serializable<T extends Ctor>(Base: T) {
  return class extends Base {
    toJSON(): object {
      return { kind: "serialized", keys: Object.keys(this) };
    }
  };
}

function Named<T extends Ctor>(Base: T) {
  return class NamedThing extends Base {
    label = "n";
  };
}

function Empty<T extends Ctor>(Base: T) {
  return class extends Base {};
}

class Base0 {}
class Reading {
  constructor(
    public sensor: string,
    public value: number,
  ) {}
}

const SerialReading = Serializable(Reading);
const NamedReading = Named(Reading);
const EmptyBase = Empty(Base0);
const AnonRoot = class {
  x = 1;
};
const EmptyAnon = Empty(AnonRoot);

const s = new SerialReading("t1", 20.5);
const n = new NamedReading("t2", 3);
console.log(s, n, new EmptyBase(), new EmptyAnon());
console.log([s, n], { first: s, second: { deeper: n } });
console.log(new Map([["a", s]]), new Set([n]));
console.log(JSON.stringify(s), JSON.stringify([s, n]), JSON.stringify({ n }, null, 2));
console.log(String(n), `${new EmptyBase()}`);
console.log(NamedReading.name, n.constructor.name, EmptyBase.name.length, JSON.stringify(new EmptyAnon().constructor.name));
console.log(AnonRoot.name, new AnonRoot());
console.log("%o", n);
