// A class expression anywhere but as the value of a top-level const is refused.
function makeClass(base: number) {
  return class {
    value = base;
  };
}
const Holder = makeClass(3);
print(new Holder().value);
let Mutable = class {
  n = 1;
};
print(new Mutable().n);
// expect: TSFW1001 3:10
// expect: TSFW1001 9:15
// expect: TSFW1004 8:7
// hint: or 'const Name = class { ... }' there
