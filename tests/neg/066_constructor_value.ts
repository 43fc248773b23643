// obj.constructor is supported for its name only: the constructor itself is a class value.
class Reading {
  v = 1;
}
const r = new Reading();
print(r.constructor.name);
const ctor = r.constructor;
print(ctor === Reading);
print("text".constructor.name);
// expect: TSFW1001 7:16
// expect: TSFW1001 8:16
// expect: TSFW1001 9:14
// hint: use 'instanceof' to test an object's class
