// Observer pattern with classes: a stock ticker subject and several observer implementations.
interface Observer {
  name: string;
  update(symbol: string, price: number, prev: number | undefined): void;
}
class Ticker {
  private observers: Observer[] = [];
  private prices = new Map<string, number>();
  subscribe(o: Observer): void {
    this.observers.push(o);
  }
  unsubscribe(name: string): void {
    this.observers = this.observers.filter((o) => o.name !== name);
  }
  publish(symbol: string, price: number): void {
    const prev = this.prices.get(symbol);
    this.prices.set(symbol, price);
    for (const o of this.observers) o.update(symbol, price, prev);
  }
}
class Logger implements Observer {
  lines: string[] = [];
  constructor(public name: string) {}
  update(symbol: string, price: number, prev: number | undefined): void {
    const change = prev === undefined ? "new" : ((price - prev) / prev * 100).toFixed(2) + "%";
    this.lines.push(`${symbol} ${price.toFixed(2)} (${change})`);
  }
}
class Alert implements Observer {
  triggered: string[] = [];
  constructor(public name: string, private threshold: number) {}
  update(symbol: string, price: number): void {
    if (price > this.threshold) this.triggered.push(`${symbol}>${this.threshold}`);
  }
}
class Averager implements Observer {
  private sums: Record<string, [number, number]> = {};
  constructor(public name: string) {}
  update(symbol: string, price: number): void {
    const s = (this.sums[symbol] ??= [0, 0]);
    s[0] += price;
    s[1]++;
  }
  averages(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, [sum, n]] of Object.entries(this.sums)) out[k] = Math.round((sum / n) * 1000) / 1000;
    return out;
  }
}
const ticker = new Ticker();
const log = new Logger("log");
const alert = new Alert("alert", 150);
const avg = new Averager("avg");
[log, alert, avg].forEach((o) => ticker.subscribe(o));
const feed: [string, number][] = [["ACME", 120], ["INIT", 30.5], ["ACME", 151.25], ["INIT", 29], ["ACME", 149.9], ["ZED", 300]];
feed.forEach(([s, p], i) => {
  if (i === 4) ticker.unsubscribe("alert");
  ticker.publish(s, p);
});
console.log(log.lines.join("\n"));
console.log(alert.triggered, avg.averages());
console.log(alert, avg);
