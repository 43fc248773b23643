// toJSON on classes and objects, and values JSON leaves out or writes as null.
class Money {
  constructor(
    readonly cents: number,
    readonly currency: string,
  ) {}
  toJSON(): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
}
class Point {
  x = 1;
  y = 2;
}
const order = {
  total: new Money(12345, "EUR"),
  items: [new Money(5, "EUR"), new Point()],
  at: { toJSON: () => "custom" },
  missing: undefined,
  fn: () => 1,
  nan: NaN,
  inf: -Infinity,
};
console.log(JSON.stringify(order));
console.log(JSON.stringify(order, null, 2));
console.log(JSON.stringify([undefined, () => 0, NaN]));
console.log(JSON.stringify(undefined), JSON.stringify(() => 0));
console.log(JSON.stringify(new Money(1, "USD")));
console.log(JSON.stringify({ s: "line\nbreak \u2028 \u0007 \ud800 é" }));
