const key = Symbol("k");
print(key.toString());
// expect: TSFW1003 1:13
