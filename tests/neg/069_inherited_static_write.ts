// A static field read through a subclass is the parent's; a write through the subclass would
// give the subclass a field of its own in node, and is refused.
class Base {
  static count = 0;
}
class Derived extends Base {}
print(Derived.count);
Derived.count = 3;
Derived.count++;
Base.count = 1;
// expect: TSFW1001 8:1
// expect: TSFW1001 9:1
// hint: write the parent's field by the parent's name
