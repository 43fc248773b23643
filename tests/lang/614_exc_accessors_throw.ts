// Throws from getters and setters reached at run time (an overridden class accessor, an object
// literal's accessor, a getter inside JSON.stringify and spread), 20,000 times each, with strings,
// arrays and closures held on the way: every one is caught and nothing leaks.
class Gauge {
  protected raw: number[] = [];
  get value(): number {
    return this.raw.length;
  }
  set value(v: number) {
    this.raw.push(v);
  }
}
class Strict extends Gauge {
  get value(): number {
    if (this.raw.length % 2) throw new RangeError(`odd count ${this.raw.length}`);
    return super.value;
  }
  set value(v: number) {
    const note = `set ${v}`;
    if (v < 0) throw new TypeError(note + " below zero");
    super.value = v;
  }
}
let n = 0;
const cell = {
  items: ["a"],
  get risky(): string {
    const s = this_count() + "!";
    if (n % 3 === 0) throw new Error(s);
    return s;
  },
  set risky(v: string) {
    const parts = v.split(",");
    if (parts.length > 1) throw new SyntaxError(`${parts.length} parts`);
  },
};
function this_count(): string {
  return `n=${n}`;
}
const gauges: Gauge[] = [new Gauge(), new Strict()];
const caught: Record<string, number> = {};
const count = (e: unknown) => {
  const name = (e as Error).name;
  caught[name] = (caught[name] ?? 0) + 1;
};
for (let i = 0; i < 20000; i++) {
  n = i;
  const g = gauges[i % 2];
  try {
    g.value = i % 4 === 1 ? -i : i;
    if (g.value < 0) print("negative");
  } catch (e) {
    count(e);
  }
  try {
    cell.risky = i % 5 ? "x" : "x,y,z";
    const copy = { ...cell, extra: [i, String(i)] };
    if (copy.extra.length !== 2) print("bad");
  } catch (e) {
    count(e);
  }
  try {
    JSON.stringify({ wrap: [cell, { k: `${i}` }] });
  } catch (e) {
    count(e);
  }
}
print(caught, gauges.map((g) => (g as unknown as { raw: number[] }).raw.length));
