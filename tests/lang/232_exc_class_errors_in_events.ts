// Listeners registered on an emitter: one that throws does not stop the others (the emitter catches).
type Listener = (payload: string) => void;

class Emitter {
  private listeners = new Map<string, Listener[]>();
  readonly failures: string[] = [];

  on(event: string, fn: Listener): void {
    const list = this.listeners.get(event) ?? [];
    list.push(fn);
    this.listeners.set(event, list);
  }

  emit(event: string, payload: string): number {
    let delivered = 0;
    for (const fn of this.listeners.get(event) ?? []) {
      try {
        fn(payload);
        delivered++;
      } catch (e) {
        this.failures.push(`${event}: ${String(e)}`);
      }
    }
    return delivered;
  }
}

const em = new Emitter();
const received: string[] = [];
em.on("msg", (p) => received.push("first " + p));
em.on("msg", (p) => {
  if (p.startsWith("bad")) throw new Error("second refused " + p);
  received.push("second " + p);
});
em.on("msg", (p) => received.push("third " + p.length));
em.on("other", () => {
  throw new TypeError("other always fails");
});

console.log(em.emit("msg", "hello"), em.emit("msg", "bad input"), em.emit("other", "x"), em.emit("none", "y"));
console.log(received.join("; "));
console.log(em.failures.join("\n"));
