// A mixin needs a constructor type with 'any[]' parameters and a class expression in a function:
// both refused, with what to write instead.
type Ctor = new (...args: any[]) => object;
function Named<T extends Ctor>(Base: T) {
  return class extends Base {
    label = "named";
  };
}
class Lamp {
  on = false;
}
const NamedLamp = Named(Lamp);
print(new NamedLamp().label);
// expect: TSFW1002 3:27
// expect: TSFW1001 5:10
// expect: TSFW1001 12:25
// expect: TSFW1004 13:7
// hint: for a mixin, declare the combined class
