// Static factories and private constructors: a Temperature value class with unit conversions.
class Temperature {
  private static created = 0;
  private constructor(private readonly kelvin: number) {
    Temperature.created++;
  }
  static fromCelsius(c: number): Temperature { return new Temperature(c + 273.15); }
  static fromFahrenheit(f: number): Temperature { return new Temperature(((f - 32) * 5) / 9 + 273.15); }
  static fromKelvin(k: number): Temperature {
    if (k < 0) throw new Error("below absolute zero");
    return new Temperature(k);
  }
  static count(): number { return Temperature.created; }
  get_c(): number { return Math.round((this.kelvin - 273.15) * 100) / 100; }
  get_f(): number { return Math.round(((this.kelvin - 273.15) * 9 / 5 + 32) * 100) / 100; }
  compare(o: Temperature): number { return this.kelvin - o.kelvin; }
  plus(deltaC: number): Temperature { return new Temperature(this.kelvin + deltaC); }
  toString(): string { return `${this.get_c()}°C / ${this.get_f()}°F`; }
  static average(ts: Temperature[]): Temperature {
    return new Temperature(ts.reduce((s, t) => s + t.kelvin, 0) / ts.length);
  }
}
const temps = [Temperature.fromCelsius(21.5), Temperature.fromFahrenheit(98.6), Temperature.fromKelvin(0), Temperature.fromCelsius(-40), Temperature.fromFahrenheit(212)];
for (const t of temps) console.log(String(t));
const sorted = temps.slice().sort((a, b) => a.compare(b));
console.log(sorted.map((t) => t.get_c()));
console.log("average:", `${Temperature.average(temps)}`);
console.log("warmer:", `${temps[0].plus(10)}`, "created:", Temperature.count());
console.log(temps[3], temps[3].get_c() === temps[3].get_f());
const week = [12, 15, 11, 18, 21, 19, 14].map((c) => Temperature.fromCelsius(c));
const hottest = week.reduce((a, b) => (b.compare(a) > 0 ? b : a));
console.log("hottest:", `${hottest}`, "created now:", Temperature.count());
