const f = new Function("a", "return a");
print(f);
// expect: TSFW1003 1:15
