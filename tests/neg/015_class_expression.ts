const make = () =>
  class {
    n = 1;
  };
print(make());
// expect: TSFW1001 2:3
