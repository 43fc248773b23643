// A mixin function is only applied; passing it around, or naming its base parameter in the
// class body, is refused. 'any' stays refused outside a mixin's constructor type.
type Ctor = new (...args: any[]) => object;
function Stamped<T extends Ctor>(Base: T) {
  return class extends Base {
    static base = Base;
    at = 1;
  };
}
class Clock {
  t = 0;
}
const apply = Stamped;
const StampedClock = Stamped(Clock);
const loose: any = 1;
print(new StampedClock().at, loose, apply === Stamped);
// expect: TSFW1001 6:19
// expect: TSFW1001 13:15
// expect: TSFW1002 15:14
// expect: TSFW1001 16:47
// hint: reach the base's members through 'super' or 'this'
// hint: const Name = Mixin(Base)
