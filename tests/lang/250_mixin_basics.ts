// Mixins as the TypeScript handbook writes them: a function returning a class that extends its
// parameter, applied at the top level. Fields, methods, instanceof, names, console.log and JSON.
type Ctor<T = {}> = new (...args: any[]) => T;

function Timestamped<TBase extends Ctor>(Base: TBase) {
  return class extends Base {
    timestamp = 42;
    stamp(): number {
      return this.timestamp;
    }
  };
}

class User {
  constructor(public name: string) {}
  greet(): string {
    return `hi ${this.name}`;
  }
}

const TimestampedUser = Timestamped(User);
const u = new TimestampedUser("ann");
console.log(u.stamp(), u.name, u.greet(), u.timestamp);
u.timestamp = 7;
console.log(u.stamp());
console.log(u);
console.log(JSON.stringify(u));
console.log(JSON.stringify(TimestampedUser.name), User.name, JSON.stringify(u.constructor.name));
console.log(u instanceof TimestampedUser, u instanceof User);

const plain = new User("bob");
console.log(plain instanceof TimestampedUser, plain instanceof User, plain.constructor.name);

// two applications of one mixin are two classes
const OtherStamped = Timestamped(User);
const o = new OtherStamped("cy");
console.log(o instanceof OtherStamped, o instanceof TimestampedUser, u instanceof OtherStamped);
console.log(o.stamp() + u.stamp(), o);

// the same mixin over another base
class Point {
  x = 1;
  y = 2;
}
const StampedPoint = Timestamped(Point);
const p = new StampedPoint();
console.log(p, p.stamp(), p.x + p.y, Object.keys(p).join(","));
console.log(p instanceof Point, p instanceof TimestampedUser);

// a mixin applied to a class that is itself a const's class expression
const Box = class {
  items: number[] = [];
};
const StampedBox = Timestamped(Box);
const b = new StampedBox();
b.items.push(3, 4);
console.log(b, StampedBox.name === "", Box.name);
