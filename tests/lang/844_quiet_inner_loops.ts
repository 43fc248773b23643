// Loops that only read and write numbers in number arrays make no garbage and
// do not poll the cycle collector, also inside a loop that makes some: the
// outer loop still polls, and the cycles it makes are collected.

interface Node {
  id: number;
  next: Node | undefined;
}

function rotations(n: number, rounds: number): number {
  const perm: number[] = [];
  for (let i = 0; i < n; i++) perm.push(i);
  let checksum = 0;
  for (let r = 0; r < rounds; r++) {
    // garbage with cycles, every round
    const a: Node = { id: r, next: undefined };
    const b: Node = { id: r + 1, next: a };
    a.next = b;
    checksum += a.next.id - b.next!.id;
    // a quiet inner loop: number reads and writes only
    let k = perm[0];
    let i = 0;
    let j = n - 1;
    while (i < j) {
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
      i++;
      j--;
    }
    for (let m = 0; m < n; m++) checksum = (checksum * 31 + perm[m] + k) % 1000003;
    k = perm[n - 1];
    checksum += k;
  }
  return checksum;
}
console.log(rotations(10, 20000), rotations(7, 3));
