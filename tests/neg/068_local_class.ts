// A class inside a function is compiled once for every run: it may not use the function's values,
// have static members, be tested with instanceof, or leave the function as a value.
function scaled(factor: number) {
  const Scaled = class {
    v = factor;
  };
  return new Scaled();
}
function registry() {
  const Entry = class {
    static count = 0;
    id = 1;
  };
  const e = new Entry();
  return e instanceof Entry;
}
function maker() {
  const Made = class {
    n = 1;
  };
  return Made;
}
print(scaled(2).v, registry(), maker());
// expect: TSFW1001 5:9
// expect: TSFW1001 11:5
// expect: TSFW1001 15:23
// expect: TSFW1001 21:10
// hint: pass the value to the constructor
// hint: declare the class at the top level and test against it
