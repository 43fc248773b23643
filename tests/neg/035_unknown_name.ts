const total = 1;
print(totl);
// expect: TS2552 2:7
