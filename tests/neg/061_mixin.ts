// A mixin applies only where the class it makes is known when the program is compiled: a class
// only known at run time, an application inside a function, in an array or in a `let` is refused.
type Ctor = new (...args: any[]) => object;
function Named<T extends Ctor>(Base: T) {
  return class extends Base {
    label = "named";
  };
}
class Lamp {
  on = false;
}
class Fan {
  speed = 1;
}
const pick = Math.random() > 0.5 ? Lamp : Fan;
const Chosen = Named(pick);
function make() {
  const Local = Named(Lamp);
  return new Local();
}
const kinds = [Named(Lamp), Named(Fan)];
let Later = Named(Fan);
print(new Chosen().label, make().label, kinds.length, new Later().label);
// expect: TSFW1001 15:36
// expect: TSFW1001 15:43
// expect: TSFW1001 16:22
// expect: TSFW1001 18:17
// expect: TSFW1001 21:16
// expect: TSFW1001 21:29
// expect: TSFW1001 22:13
// hint: pass the class itself (Mixin(User))
// hint: apply the mixin once at the top level and use the class it gives
