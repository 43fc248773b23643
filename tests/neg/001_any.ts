let x: any = 5;
print(x);
// expect: TSFW1002 1:8
