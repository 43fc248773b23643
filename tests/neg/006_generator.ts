function* counter(): Generator<number> {
  yield 1;
}
print(counter);
// expect: TSFW1007 1:1
// expect: TSFW1007 2:3
// hint: return an array, or keep the position in an object with a next() method
