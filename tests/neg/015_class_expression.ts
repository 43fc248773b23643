const Anon = class {
  n = 1;
};
print(new Anon().n);
// expect: TSFW1001 1:14
