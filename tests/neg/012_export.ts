export function double(n: number): number {
  return n * 2;
}
print(double(2));
// expect: TSFW1008 1:1
