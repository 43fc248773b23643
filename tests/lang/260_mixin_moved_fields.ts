// Mixins over classes whose constructors take over fresh arguments into fields: the application's
// constructor, implicit or passing its arguments through, hands nothing over itself.
type Ctor<T = {}> = new (...args: any[]) => T;
class Leaf { constructor(public v: number) {} }
class Pair {
  constructor(public left: Leaf, public right: Leaf) {}
  sum(): number { return this.left.v + this.right.v; }
}
function Tagged<TBase extends Ctor>(Base: TBase) {
  return class extends Base { tag = "t"; };
}
function Counted<TBase extends Ctor>(Base: TBase) {
  return class extends Base {
    n = 1;
    constructor(...args: any[]) { super(...args); this.n = 2; }
  };
}
const TaggedPair = Tagged(Pair);
const CountedPair = Counted(Pair);
const a = new TaggedPair(new Leaf(1), new Leaf(2));
const b = new CountedPair(new Leaf(3), new Leaf(4));
class Big extends Counted(Pair) { extra = 5; }
const c = new Big(new Leaf(5), new Leaf(6));
console.log(a.sum(), a.tag, b.sum(), b.n, c.sum(), c.extra, c);
