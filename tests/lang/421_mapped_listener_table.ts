// Mapped types over generic tables: {[K in keyof E]?: Listener<E[K]>[]} as an event emitter.
type Listener<T> = (payload: T) => void;
type Table<E> = { [K in keyof E]?: Listener<E[K]>[] };

interface SensorEvents {
  temp: number;
  door: string;
  batch: number[];
}

class Emitter<E> {
  private listeners: Table<E> = {};
  on<K extends keyof E>(name: K, fn: Listener<E[K]>): this {
    (this.listeners[name] ??= []).push(fn);
    return this;
  }
  once<K extends keyof E>(name: K, fn: Listener<E[K]>): void {
    if (!this.listeners[name]) this.listeners[name] = [];
    const list = this.listeners[name]!;
    const wrapper: Listener<E[K]> = (p) => {
      list.splice(list.indexOf(wrapper), 1);
      fn(p);
    };
    list.push(wrapper);
  }
  emit<K extends keyof E>(name: K, payload: E[K]): number {
    const list = this.listeners[name];
    list?.slice().forEach((fn) => fn(payload));
    return list?.length ?? 0;
  }
}

const em = new Emitter<SensorEvents>();
em.on("temp", (t) => console.log("temp", t.toFixed(1))).on("temp", (t) => console.log("high?", t > 25));
em.on("door", (d) => console.log("door", d.toUpperCase()));
em.once("batch", (xs) => console.log("batch sum", xs.reduce((a, b) => a + b, 0)));
console.log(em.emit("temp", 26.04), em.emit("door", "open"));
console.log(em.emit("batch", [1, 2, 3]), em.emit("batch", [4]));
