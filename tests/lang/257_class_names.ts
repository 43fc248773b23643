// The names of classes as node gives them: a declaration's, a const's class expression, the
// expression's own name, `static name`, and obj.constructor.name through a base type and `this`.
class Sensor {
  kind(): string {
    return this.constructor.name;
  }
}
class Thermometer extends Sensor {}
class Barometer extends Sensor {
  static name = "Baro";
}
const Hygrometer = class extends Sensor {};
const Anemometer = class Wind extends Sensor {};

console.log(Sensor.name, Thermometer.name, Barometer.name, Hygrometer.name, Anemometer.name);
const all: Sensor[] = [new Sensor(), new Thermometer(), new Barometer(), new Hygrometer(), new Anemometer()];
for (const s of all) console.log(s.kind(), s.constructor.name, s);
console.log(all.map((s) => s.constructor.name).join(","));
console.log({ a: 1 }.constructor.name, [1, 2].constructor.name, new Map<string, number>().size);
const e = new RangeError("r");
console.log(e.constructor.name, new Error("x").constructor.name);
class Failure extends Error {}
console.log(new Failure("f").constructor.name, Failure.name);
const things: object[] = [new Map<string, number>(), new Set<number>(), [1], {}, new Thermometer(), e];
console.log(things.map((t) => t.constructor.name).join(" "));
const names: string[] = [Sensor.name, Barometer.name];
console.log(names, typeof Sensor.name, Sensor.name.length);
