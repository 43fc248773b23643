function pick(x: number): number;
function pick(x: string): string;
function pick(x: number | string): number | string {
  return x;
}
print(pick(1));
// expect: TSFW1001 1:1
// expect: TSFW1001 2:1
