const counter = {
  n: 0,
  inc(): number {
    return this.n + 1;
  },
};
print(counter.inc());
// expect: TSFW1010 4:12
