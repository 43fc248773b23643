// A value that is not an instance of a class but is typed as one (an object literal, another
// class's instance, an `as`) runs its own function when one of the class's methods is called on
// it, as in node; the class's instances still run the class's method.
class Greeter {
  name = "g";
  hello(): string {
    return "class " + this.name;
  }
  twice(): string {
    return this.hello() + "/" + this.hello();
  }
}
const lit: Greeter = { name: "lit", hello: () => "literal", twice: () => "lit twice" };
const real = new Greeter();
function say(g: Greeter): string {
  return g.hello();
}
console.log(say(real), say(lit), lit.hello(), real.twice(), lit.twice());

class Loud extends Greeter {
  shout(): string {
    return this.hello().toUpperCase();
  }
}
class Other {
  name = "other";
  hello(): string {
    return "other " + this.name;
  }
  twice(): string {
    return "other twice";
  }
  shout(): string {
    return "OTHER";
  }
}
const asLoud = new Other() as Loud;
const loud = new Loud();
loud.name = "l";
const all: Greeter[] = [real, lit, loud, asLoud];
console.log(all.map((g) => g.hello()).join(", "));
console.log(asLoud.shout(), loud.shout(), asLoud.twice());

// a method the stand-in lacks: the TypeError names the call
const partial = { name: "p" } as Greeter;
try {
  partial.hello();
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).message);
}

// a class no value stands in for keeps direct calls
class Counter {
  n = 0;
  bump(): number {
    return ++this.n;
  }
}
const c = new Counter();
c.bump();
console.log(c.bump());
