// try statements inside methods, constructors that throw, fields updated in catch.
class Account {
  private balance = 0;
  readonly log: string[] = [];
  constructor(
    readonly owner: string,
    initial: number,
  ) {
    if (initial < 0) throw new RangeError(`initial balance of ${owner} is negative`);
    this.balance = initial;
  }

  withdraw(amount: number): boolean {
    try {
      if (amount > this.balance) throw new Error(`insufficient funds: ${this.balance} < ${amount}`);
      this.balance -= amount;
      this.log.push("withdrew " + amount);
      return true;
    } catch (e) {
      this.log.push("refused: " + (e as Error).message);
      return false;
    } finally {
      this.log.push("balance " + this.balance);
    }
  }

  static open(owner: string, initial: number): Account | undefined {
    try {
      return new Account(owner, initial);
    } catch (e) {
      console.log("cannot open:", String(e));
      return undefined;
    }
  }
}

const a = Account.open("ann", 100)!;
console.log(a.withdraw(30), a.withdraw(100), a.withdraw(70));
console.log(a.log.join(" | "));
console.log(Account.open("bob", -5));

class Base {
  constructor(readonly v: number) {
    if (v > 10) throw new Error("too big for Base: " + v);
  }
}
class Derived extends Base {
  tag: string;
  constructor(v: number) {
    super(v * 2);
    this.tag = "derived " + v;
  }
}
for (const v of [1, 5, 6]) {
  try {
    const d = new Derived(v);
    console.log(d.tag, d.v);
  } catch (e) {
    console.log("constructor threw:", (e as Error).message);
  }
}
