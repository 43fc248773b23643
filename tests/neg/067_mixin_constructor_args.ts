// A mixin's constructor takes its base's parameters by passing '...args' on to super(...args);
// any other use of them would need values of type 'any'.
type Ctor = new (...args: any[]) => object;
function Counted<T extends Ctor>(Base: T) {
  return class extends Base {
    count: number;
    constructor(...args: any[]) {
      super(...args);
      this.count = args.length;
    }
  };
}
class Thing {
  constructor(public name: string) {}
}
const CountedThing = Counted(Thing);
print(new CountedThing("x").count);
// expect: TSFW1001 9:20
// hint: declare the values the mixin needs as fields
