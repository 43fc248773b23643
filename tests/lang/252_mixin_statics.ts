// Static members of a mixin's class: each application has its own, initialised where the
// application is; static methods, and a static `name`.
type Ctor<T = {}> = new (...args: any[]) => T;

let order = "";
function note(s: string): number {
  order += s;
  return order.length;
}

function Registry<T extends Ctor>(Base: T) {
  return class Registered extends Base {
    static created = 0;
    static at = note("R");
    static make(): number {
      return ++Registered.created;
    }
    id = 0;
  };
}

function Labelled<T extends Ctor>(Base: T) {
  return class extends Base {
    static name = "Labelled";
    label = "none";
  };
}

class Part {
  static count = note("P");
  weight = 1;
}
note("-");
const RegisteredPart = Registry(Part);
note("-");
const OtherPart = Registry(Part);
console.log(order, RegisteredPart.at, OtherPart.at);
RegisteredPart.created = 10;
console.log(RegisteredPart.make(), RegisteredPart.make(), OtherPart.make(), RegisteredPart.created, OtherPart.created);
const LabelledPart = Labelled(Part);
const lp = new LabelledPart();
console.log(LabelledPart.name, lp, lp.constructor.name, Part.name, Part.count);
console.log(new RegisteredPart(), RegisteredPart.name);

class Gear extends Registry(Part) {
  static teeth = 12;
  spin(): string {
    return `gear ${this.id} of ${Gear.teeth}`;
  }
}
console.log(order, Gear.name, new Gear().spin(), Gear.teeth, new Gear());
// statics read through a subclass are the parent's
console.log(Gear.created, Gear.make(), Gear.created, Gear.at, Gear.count);
class Sprocket extends RegisteredPart {}
console.log(Sprocket.created, Sprocket.make(), RegisteredPart.created);
