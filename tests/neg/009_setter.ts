let stored = 0;
const box = {
  set value(n: number) {
    stored = n;
  },
};
box.value = 3;
print(stored);
// expect: TSFW1009 3:3
// hint: declare a class with 'set'
