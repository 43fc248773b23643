// Event emitter built from callbacks stored in arrays and objects, with unsubscribe.
type Handler = (payload: number) => void;

class Emitter {
  private handlers: Record<string, Handler[]> = {};
  on(event: string, h: Handler): () => void {
    (this.handlers[event] ??= []).push(h);
    return () => {
      const list = this.handlers[event];
      const i = list.indexOf(h);
      if (i >= 0) list.splice(i, 1);
    };
  }
  emit(event: string, payload: number): number {
    const list = this.handlers[event] ?? [];
    for (const h of list.slice()) h(payload);
    return list.length;
  }
  count(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of Object.keys(this.handlers)) out[k] = this.handlers[k].length;
    return out;
  }
}

const log: string[] = [];
const em = new Emitter();
let total = 0;
const offSum = em.on("data", (n) => { total += n; });
em.on("data", (n) => log.push(`data ${n}`));
const offSquare = em.on("data", (n) => log.push(`square ${n * n}`));
em.on("end", (n) => log.push(`end after ${n}`));

for (let i = 1; i <= 3; i++) em.emit("data", i);
offSquare();
em.emit("data", 10);
offSum();
offSum();
em.emit("data", 100);
console.log("delivered to:", em.emit("end", total), "handlers");
em.emit("missing", 0);
console.log(log);
console.log("total:", total, em.count());

const ops: { [name: string]: (a: number, b: number) => number } = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  pow: Math.pow,
  hyp: Math.hypot,
};
for (const name of Object.keys(ops)) console.log(name, ops[name](3, 4));
const pipeline: Array<[string, (x: number) => number]> = [["double", (x) => x * 2], ["negate", (x) => -x], ["abs", Math.abs], ["sqrt", Math.sqrt]];
let v = 8;
for (const [name, f] of pipeline) {
  v = f(v);
  console.log(`${name.padEnd(7)}-> ${v}`);
}
console.log(ops.add, pipeline[0][1]);
