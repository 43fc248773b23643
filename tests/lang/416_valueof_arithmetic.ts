// Objects with valueOf and toString in arithmetic, comparison and string concatenation.
class Meters {
  constructor(readonly n: number) {}
  valueOf(): number {
    return this.n;
  }
  toString(): string {
    return `${this.n}m`;
  }
}
const a = new Meters(3);
const b = new Meters(4.5);
const x = a as unknown as number;
const y = b as unknown as number;
console.log(x + y, x * y, y - x, y / x, y % x, x ** 2, x << 1, y | 0);
console.log(x < y, x > y, a < b, a >= b);
console.log("len " + a, `${a} and ${b}`, [a, b].join(","));
const version = { major: 2, valueOf: () => 20 };
console.log((version as unknown as number) + 1, String(version));
const tally = { toString: () => "7" };
console.log((tally as unknown as number) * 2, `${tally}` + 1);
console.log([2] < [10], "2" < "10", [2] <= [10], [10] >= [2]);
