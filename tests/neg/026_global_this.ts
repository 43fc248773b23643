const g = globalThis;
print(typeof g);
// expect: TSFW1003 1:11
