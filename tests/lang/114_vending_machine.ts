// A vending machine with coins, product slots, change making and an event log, using print().
enum Coin {
  Nickel = 5,
  Dime = 10,
  Quarter = 25,
  Dollar = 100,
}
interface Slot {
  name: string;
  price: number;
  stock: number;
}
class VendingMachine {
  private credit = 0;
  private bank: Record<number, number> = { 5: 10, 10: 10, 25: 10, 100: 0 };
  sales = 0;
  constructor(private slots: Record<string, Slot>) {}
  insert(c: Coin): void {
    this.credit += c;
    this.bank[c] = (this.bank[c] ?? 0) + 1;
    print(`inserted ${Coin[c]} -> credit ${this.credit}`);
  }
  select(code: string): void {
    const slot = this.slots[code];
    if (!slot) return print(`${code}: no such slot`);
    if (slot.stock === 0) return print(`${code}: ${slot.name} sold out`);
    if (this.credit < slot.price) return print(`${code}: need ${slot.price - this.credit} more for ${slot.name}`);
    const change = this.makeChange(this.credit - slot.price);
    if (change === null) return print(`${code}: cannot make change, exact amount please`);
    slot.stock--;
    this.sales += slot.price;
    this.credit = 0;
    print(`${code}: vend ${slot.name}, change ${change.length ? change.join("+") : "none"}`);
  }
  private makeChange(amount: number): number[] | null {
    const out: number[] = [];
    for (const c of [100, 25, 10, 5]) {
      while (amount >= c && this.bank[c] > 0) {
        amount -= c;
        this.bank[c]--;
        out.push(c);
      }
    }
    if (amount !== 0) {
      for (const c of out) this.bank[c]++;
      return null;
    }
    return out;
  }
  report(): void {
    print("sales:", this.sales, "bank:", this.bank, "slots:", this.slots);
  }
}
const vm = new VendingMachine({
  A1: { name: "chips", price: 65, stock: 2 },
  A2: { name: "candy", price: 85, stock: 1 },
  B1: { name: "water", price: 100, stock: 0 },
});
vm.insert(Coin.Quarter);
vm.select("A1");
vm.insert(Coin.Dollar);
vm.select("A1");
vm.select("B1");
vm.insert(Coin.Dollar);
vm.select("A2");
vm.insert(Coin.Quarter);
vm.insert(Coin.Quarter);
vm.insert(Coin.Dime);
vm.insert(Coin.Nickel);
vm.select("A1");
vm.select("Z9");
vm.report();
