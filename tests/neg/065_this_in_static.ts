// 'this' in a static member is the class itself, which is no value in the subset.
class Counter {
  static count = 0;
  static next(): number {
    return ++this.count;
  }
  n = Counter.next();
}
print(new Counter().n);
// expect: TSFW1010 5:14
// hint: name the class (Counter.count)
