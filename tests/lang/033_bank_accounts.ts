// Bank account simulation with inheritance, static registry, and transaction logs.
class Account {
  private static nextNumber = 1000;
  static all: Account[] = [];
  readonly number: number;
  protected balance = 0;
  protected log: string[] = [];

  constructor(readonly owner: string, opening: number) {
    this.number = Account.nextNumber++;
    Account.all.push(this);
    this.deposit(opening);
  }

  deposit(amount: number): void {
    if (amount <= 0) {
      this.log.push(`rejected deposit ${amount}`);
      return;
    }
    this.balance += amount;
    this.log.push(`+${amount}`);
  }

  withdraw(amount: number): boolean {
    if (amount > this.available()) {
      this.log.push(`insufficient for -${amount}`);
      return false;
    }
    this.balance -= amount;
    this.log.push(`-${amount}`);
    return true;
  }

  available(): number {
    return this.balance;
  }

  monthEnd(): void {}

  statement(): string {
    return `${this.kind()} ${this.number} (${this.owner}) balance=${this.balance.toFixed(2)} log=[${this.log.join(", ")}]`;
  }

  kind(): string {
    return "Account";
  }

  static transfer(from: Account, to: Account, amount: number): boolean {
    if (!from.withdraw(amount)) return false;
    to.deposit(amount);
    return true;
  }
}

class Savings extends Account {
  constructor(owner: string, opening: number, private rate: number) {
    super(owner, opening);
  }
  monthEnd(): void {
    const interest = Math.round(this.balance * this.rate * 100) / 100;
    if (interest > 0) this.deposit(interest);
  }
  kind(): string {
    return "Savings";
  }
}

class Checking extends Account {
  constructor(owner: string, opening: number, private overdraft: number) {
    super(owner, opening);
  }
  available(): number {
    return this.balance + this.overdraft;
  }
  monthEnd(): void {
    if (this.balance < 0) {
      this.balance -= 5;
      this.log.push("fee 5");
    }
  }
  kind(): string {
    return "Checking";
  }
}

const alice = new Savings("alice", 1000, 0.01);
const bob = new Checking("bob", 50, 200);
const carol = new Account("carol", 0);
console.log(Account.transfer(bob, carol, 120));
console.log(Account.transfer(bob, carol, 200));
console.log(Account.transfer(alice, bob, 300.5));
carol.deposit(-3);
bob.withdraw(400);
for (let m = 0; m < 3; m++) for (const a of Account.all) a.monthEnd();
for (const a of Account.all) console.log(a.statement());
const total = Account.all.reduce((s, a) => s + a.available(), 0);
console.log("total available:", total.toFixed(2));
console.log(Account.all.map((a) => `${a.owner}:${a instanceof Savings ? "S" : a instanceof Checking ? "C" : "A"}`));
