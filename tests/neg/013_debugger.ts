let n = 1;
debugger;
print(n);
// expect: TSFW1001 2:1
