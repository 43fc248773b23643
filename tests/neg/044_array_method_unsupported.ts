const xs = [3, 1, 2];
print(xs.copyWithin(0, 1));
// expect: TSFW1004 2:10
