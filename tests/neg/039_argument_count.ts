function add(a: number, b: number): number {
  return a + b;
}
print(add(1));
// expect: TS2554 4:7
