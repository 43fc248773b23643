function risky(n: number): number {
  try {
    return n * 2;
  } catch (e) {
    return 0;
  }
}
print(risky(2));
// expect: TSFW1006 2:3
