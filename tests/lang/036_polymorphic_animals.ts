// Polymorphic dispatch through a base-class-typed array with three levels of inheritance.
class Animal {
  constructor(protected name: string, protected legs: number) {}
  speak(): string {
    return "...";
  }
  move(): string {
    return `${this.name} walks on ${this.legs} legs`;
  }
  intro(): string {
    return `I am ${this.name}, I say "${this.speak()}" and ${this.move()}`;
  }
}

class Dog extends Animal {
  constructor(name: string, private tricks: string[] = []) {
    super(name, 4);
  }
  speak(): string {
    return "Woof";
  }
  intro(): string {
    const base = super.intro();
    return this.tricks.length ? `${base}; tricks: ${this.tricks.join(", ")}` : base;
  }
}

class Puppy extends Dog {
  speak(): string {
    return super.speak().toLowerCase() + "!";
  }
}

class Bird extends Animal {
  constructor(name: string, private canFly: boolean) {
    super(name, 2);
  }
  speak(): string {
    return "Tweet";
  }
  move(): string {
    return this.canFly ? `${this.name} flies` : super.move() + " (flightless)";
  }
}

class Fish extends Animal {
  constructor(name: string) {
    super(name, 0);
  }
  move(): string {
    return `${this.name} swims`;
  }
}

const zoo: Animal[] = [
  new Dog("Rex", ["sit", "roll over"]),
  new Puppy("Bit"),
  new Bird("Tweety", true),
  new Bird("Pingu", false),
  new Fish("Nemo"),
  new Animal("Generic", 6),
];
for (const a of zoo) console.log(a.intro());

const counts = new Map<string, number>();
for (const a of zoo) {
  const kind = a instanceof Puppy ? "puppy" : a instanceof Dog ? "dog" : a instanceof Bird ? "bird" : a instanceof Fish ? "fish" : "other";
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
}
console.log(counts);
console.log(zoo.filter((a) => a instanceof Dog).length, "dogs (including puppies)");
console.log(zoo.map((a) => a.speak()).join(" "));
console.log(zoo[1]);
console.log(zoo);
