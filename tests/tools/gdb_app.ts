// Stepped through by tests/runners/tools.test.ts under gdb: break on a line, print locals.
function area(width: number, height: number): number {
  const result = width * height;
  return result;
}

let total = 0;
for (let i = 1; i <= 3; i++) {
  const label = `box ${i}`;
  total += area(i, 2);
  print(label, total);
}
