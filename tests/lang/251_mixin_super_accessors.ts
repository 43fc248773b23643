// A mixin's methods and accessors over a base that has its own: super calls, overrides reached
// through the base type, #private state kept per instance.
type Ctor<T = {}> = new (...args: any[]) => T;

class Animal {
  constructor(public name: string) {}
  speak(): string {
    return `${this.name} makes a sound`;
  }
  get kind(): string {
    return "animal";
  }
  describe(): string {
    return `${this.kind}: ${this.speak()}`;
  }
}

class Dog extends Animal {
  speak(): string {
    return `${this.name} barks`;
  }
}

function Loud<T extends Ctor<Animal>>(Base: T) {
  return class extends Base {
    #shouts = 0;
    speak(): string {
      this.#shouts++;
      return super.speak().toUpperCase() + "!";
    }
    get shouts(): number {
      return this.#shouts;
    }
    get kind(): string {
      return `loud ${super.kind}`;
    }
    set volume(v: number) {
      this.#shouts = v;
    }
  };
}

const LoudDog = Loud(Dog);
const LoudAnimal = Loud(Animal);
const d = new LoudDog("rex");
console.log(d.speak(), d.speak(), d.shouts, d.kind);
d.volume = 10;
console.log(d.shouts, d.describe(), d.shouts);
const a = new LoudAnimal("generic");
console.log(a.speak(), a.shouts, a.kind, a.describe());

const all: Animal[] = [d, a, new Dog("plain"), new Animal("thing")];
for (const x of all) console.log(x.describe(), x.kind, x instanceof LoudDog, x instanceof LoudAnimal, x instanceof Dog);
console.log(d, a);
console.log(JSON.stringify(all));
console.log(Object.keys(d), "shouts" in d);
