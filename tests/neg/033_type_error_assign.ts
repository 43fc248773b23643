let count: number = 0;
count = "three";
print(count);
// expect: TS2322 2:1
