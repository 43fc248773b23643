const big = 10n;
print(big);
// expect: TSFW1011 1:13
