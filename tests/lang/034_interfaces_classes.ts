// Interfaces implemented by several classes; code written only against the interfaces.
interface Comparable<T> {
  compareTo(other: T): number;
}
interface Printable {
  toText(): string;
}

class Version implements Comparable<Version>, Printable {
  constructor(readonly major: number, readonly minor: number, readonly patch: number) {}
  static parse(s: string): Version {
    const [a, b, c] = s.split(".").map((x) => parseInt(x, 10));
    return new Version(a, b ?? 0, c ?? 0);
  }
  compareTo(o: Version): number {
    return this.major - o.major || this.minor - o.minor || this.patch - o.patch;
  }
  toText(): string {
    return `v${this.major}.${this.minor}.${this.patch}`;
  }
}

class Money implements Comparable<Money>, Printable {
  constructor(private cents: number, private currency: string) {}
  compareTo(o: Money): number {
    return this.cents - o.cents;
  }
  toText(): string {
    const sign = this.cents < 0 ? "-" : "";
    const abs = Math.abs(this.cents);
    return `${sign}${this.currency}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  }
  plus(o: Money): Money {
    return new Money(this.cents + o.cents, this.currency);
  }
}

function maxOf<T extends Comparable<T>>(items: T[]): T {
  let best = items[0];
  for (const it of items) if (it.compareTo(best) > 0) best = it;
  return best;
}
function sortAll<T extends Comparable<T>>(items: T[]): T[] {
  return items.slice().sort((a, b) => a.compareTo(b));
}
function printAll(label: string, items: Printable[]): void {
  console.log(label + ": " + items.map((i) => i.toText()).join(", "));
}

const versions = ["1.2.10", "1.10.0", "1.2.9", "0.9", "2", "1.2.10"].map(Version.parse);
printAll("versions", versions);
printAll("sorted", sortAll(versions));
console.log("max:", maxOf(versions).toText());
const prices = [new Money(1999, "$"), new Money(-250, "$"), new Money(5, "$"), new Money(100000, "$")];
printAll("prices", sortAll(prices));
console.log("sum:", prices.reduce((a, b) => a.plus(b)).toText());
const mixed: Printable[] = [...versions.slice(0, 2), ...prices.slice(0, 2)];
printAll("mixed", mixed);
console.log(versions[0], prices[1]);
console.log(versions[0] instanceof Version, mixed[3] instanceof Money, mixed[3] instanceof Version);
