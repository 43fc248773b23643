// Loops over number arrays that return from inside: what the return calls (an array literal,
// releases) runs after the loop's last access, and a return's own accesses read the arrays as
// they are then.

function firstAt(a: number[], b: number[], x: number): number[] {
  for (let i = 0; i < 100; i++) {
    if (a[i] === x) return [i, b[i], b[i + 1], b.length];
    b[i + 1] = a[i] + b[i]; // grows b past its end
  }
  return [-1, b.length];
}

function counts(a: number[], log: string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < 0) {
      log.push(`negative at ${i}`);
      a.push(-a[i]); // a call that changes the array, then back into the loop
      continue;
    }
    n += a[i];
  }
  return n;
}

function main(): void {
  console.log(firstAt([5, 6, 7, 8], [1], 7));
  console.log(firstAt([5, 6], [1], 9));
  const same: number[] = [1, 2, 3];
  console.log(firstAt(same, same, 3), same.length, same[3], same[50]);
  const log: string[] = [];
  console.log(counts([1, -2, 3, -4], log), log);
}

main();
