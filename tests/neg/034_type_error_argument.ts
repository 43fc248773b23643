function square(n: number): number {
  return n * n;
}
print(square("4"));
// expect: TS2345 4:14
