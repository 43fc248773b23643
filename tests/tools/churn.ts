// Builds and drops strings, arrays, objects, closures and cycles on every
// iteration. tests/runners/tools.test.ts appends a call, churn(100000) or
// churn(1000000), and checks that peak RSS stays flat between the two.

interface Node {
  name: string;
  next?: Node;
  tags: string[];
}

class Counter {
  count = 0;
  constructor(readonly label: string) {}
  bump(by: number): number {
    this.count += by;
    return this.count;
  }
}

function churn(iterations: number): void {
  let checksum = 0;
  for (let i = 0; i < iterations; i++) {
    const s = `item-${i}-${(i * 7) % 13}`;
    const parts = s.split("-");
    const arr = [i, i + 1, i + 2].map((x) => x * 2);
    const obj: { [k: string]: number } = { a: i, b: arr.length };
    obj[parts[2]] = arr[1];
    const c = new Counter(parts[0]);
    const add = (n: number) => c.bump(n);
    add(1);
    // a reference cycle: only the cycle collector can free it
    const a: Node = { name: s, tags: parts };
    const b: Node = { name: parts[1], next: a, tags: [] };
    a.next = b;
    checksum = (checksum + add(arr[2]) + obj.b + s.length + (a.next.next === a ? 1 : 0)) % 1000003;
  }
  print("iterations", iterations, "checksum", checksum);
}
