// Closures sharing and mutating captured state: bank-like ledger, toggles, and a mini undo stack.
function makeLedger(initial: number) {
  let balance = initial;
  const history: string[] = [];
  const record = (what: string, amt: number) => {
    history.push(`${what.padEnd(8)}${amt.toFixed(2).padStart(9)} -> ${balance.toFixed(2)}`);
  };
  return {
    deposit(amt: number): number {
      balance += amt;
      record("deposit", amt);
      return balance;
    },
    withdraw(amt: number): boolean {
      if (amt > balance) {
        history.push(`DENIED  ${amt.toFixed(2).padStart(9)}`);
        return false;
      }
      balance -= amt;
      record("withdraw", amt);
      return true;
    },
    history: () => history.slice(),
    balance: () => balance,
  };
}

const l = makeLedger(50);
l.deposit(25.5);
console.log(l.withdraw(100), l.withdraw(30), l.balance());
l.deposit(0.1);
l.deposit(0.2);
for (const h of l.history()) console.log(h);

function makeToggle(states: string[]): () => string {
  let i = -1;
  return () => states[(i = (i + 1) % states.length)];
}
const light = makeToggle(["red", "green", "yellow"]);
console.log(Array.from({ length: 7 }, () => light()).join(" -> "));

function makeUndoable(start: number) {
  let value = start;
  const undo: number[] = [];
  const apply = (f: (v: number) => number) => {
    undo.push(value);
    value = f(value);
  };
  return {
    add: (n: number) => apply((v) => v + n),
    mul: (n: number) => apply((v) => v * n),
    undo: () => {
      const prev = undo.pop();
      if (prev !== undefined) value = prev;
    },
    get: () => value,
    depth: () => undo.length,
  };
}
const u = makeUndoable(1);
u.add(4);
u.mul(3);
u.add(-20);
console.log("value:", u.get(), "depth:", u.depth());
u.undo();
console.log("after undo:", u.get());
u.undo();
u.undo();
u.undo();
u.undo();
console.log("after many undos:", u.get(), "depth:", u.depth());

let shared = 0;
const bump = () => ++shared;
const read = () => shared;
bump();
bump();
shared *= 10;
console.log(read(), bump(), shared);
