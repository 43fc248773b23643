const p = Promise.resolve(1);
print(p);
// expect: TSFW1003 1:11
