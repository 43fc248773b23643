// Locals that are declared and never read, as code under edit often has:
// TypeScript accepts them, so the C must compile under -Wall -Werror too.

function scale(x: number): number {
  let unusedCount = 0;
  const label = "scale";
  let flag = true;
  flag = false;
  let step = 1;
  step += 2;
  return x * 2;
}

for (let i = 0; i < 3; i++) {
  let scratch = i * 2;
  const ok = i > 1;
  print(scale(i));
}

const [first, second] = [10, 20];
const { a, b } = { a: 1, b: "two" };
print(second, b);
