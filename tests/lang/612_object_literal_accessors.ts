// get/set accessors on object literals: own, enumerable properties whose functions are closures.
// Reads and writes call them (also through an interface, ?., compound assignment and a method call);
// Object.keys/values/entries, JSON.stringify, spread and Object.assign see their values;
// console.log shows [Getter], [Setter] or [Getter/Setter], as node does.
let celsius = 20;
const temp = {
  unit: "F",
  get fahrenheit(): number {
    return celsius * 1.8 + 32;
  },
  set fahrenheit(f: number) {
    celsius = Math.round(((f - 32) / 1.8) * 10) / 10;
  },
  get label(): string {
    return `${this_free(temp.fahrenheit)}°${temp.unit}`;
  },
  set reset(to: number) {
    celsius = to;
  },
};
function this_free(n: number): string {
  return n.toFixed(1);
}
print(temp.fahrenheit, temp.label);
temp.fahrenheit = 212;
print(celsius, temp.fahrenheit);
temp.fahrenheit += 18;
print(celsius, temp["fahrenheit"]);
temp.reset = 0;
print(celsius, temp.reset, "reset" in temp, "label" in temp);
print(temp);
print(JSON.stringify(temp), JSON.stringify(temp, null, 1));
print(Object.keys(temp), Object.values(temp), Object.entries(temp).length);
const copy = { ...temp, unit: "K" };
celsius = 100;
print(copy, temp.fahrenheit);

// a counter whose state lives in a closure
function makeCounter(start: number) {
  let n = start;
  const reads: number[] = [];
  return {
    get value(): number {
      reads.push(n);
      return n;
    },
    set value(v: number) {
      if (v < 0) throw new RangeError(`negative: ${v}`);
      n = v;
    },
    get reads(): number[] {
      return reads;
    },
    bump(): number {
      return ++n;
    },
  };
}
const c = makeCounter(5);
c.value++;
c.value *= 2;
c.bump();
print(c.value, c.reads);
try {
  c.value = -1;
} catch (e) {
  print(String(e), c.value);
}

// through an interface, an optional chain and Object.assign
interface Reading {
  readonly value: number;
}
const readings: Reading[] = [{ value: 1 }, c, { get value() { return celsius / 10; } }];
print(readings.map((r) => r.value));
const maybe: Reading | undefined = readings.length > 2 ? readings[2] : undefined;
print(maybe?.value);
const target = { value: 0, extra: true };
Object.assign(target, c);
print(target);
const sink = makeCounter(0);
Object.assign(sink, { value: 42 });
print(sink.value, sink.reads.length);

// a getter that returns a function, a getter that throws, a nested object with an accessor
let calls = 0;
const api = {
  get handler(): (x: number) => number {
    calls++;
    return (x) => x * calls;
  },
  get broken(): number {
    throw new Error("not wired");
  },
  nested: {
    get now(): string {
      return `call ${calls}`;
    },
  },
};
print(api.handler(3), api.handler(3), api.nested.now, api.nested);
try {
  print(api.broken);
} catch (e) {
  print("caught", (e as Error).message);
}
try {
  print(JSON.stringify(api));
} catch (e) {
  print("stringify", (e as Error).message);
}
print(api);
