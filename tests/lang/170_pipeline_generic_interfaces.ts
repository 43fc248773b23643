// Generic interfaces for data pipelines: Source<T>, Transform<A, B>, Sink<T> implemented by classes.
interface Source<T> { read(): T[] }
interface Transform<A, B> { name: string; apply(xs: A[]): B[] }
interface Sink<T> { write(xs: T[]): void; summary(): string }

class RangeSource implements Source<number> {
  constructor(private from: number, private to: number) {}
  read(): number[] {
    const out: number[] = [];
    for (let i = this.from; i <= this.to; i++) out.push(i);
    return out;
  }
}
class MapT<A, B> implements Transform<A, B> {
  constructor(public name: string, private f: (a: A) => B) {}
  apply(xs: A[]): B[] { return xs.map(this.f); }
}
class FilterT<A> implements Transform<A, A> {
  constructor(public name: string, private p: (a: A) => boolean) {}
  apply(xs: A[]): A[] { return xs.filter(this.p); }
}
class ChunkT<A> implements Transform<A, A[]> {
  name = "chunk";
  constructor(private size: number) {}
  apply(xs: A[]): A[][] {
    const out: A[][] = [];
    for (let i = 0; i < xs.length; i += this.size) out.push(xs.slice(i, i + this.size));
    return out;
  }
}
class CollectSink<T> implements Sink<T> {
  items: T[] = [];
  write(xs: T[]): void { this.items.push(...xs); }
  summary(): string { return `${this.items.length} items`; }
}
function run<A, B>(src: Source<A>, t: Transform<A, B>, sink: Sink<B>): void {
  const data = src.read();
  const out = t.apply(data);
  console.log(`${t.name}: ${data.length} -> ${out.length}`);
  sink.write(out);
}
function chain<A, B, C>(first: Transform<A, B>, second: Transform<B, C>): Transform<A, C> {
  return { name: `${first.name}+${second.name}`, apply: (xs) => second.apply(first.apply(xs)) };
}
const sink1 = new CollectSink<string>();
run(new RangeSource(1, 20), chain(new FilterT<number>("odd", (n) => n % 2 === 1), new MapT<number, string>("fmt", (n) => `#${n * n}`)), sink1);
console.log(sink1.items, sink1.summary());
const sink2 = new CollectSink<number[]>();
run(new RangeSource(1, 10), new ChunkT<number>(3), sink2);
console.log(sink2.items, sink2.summary());
const sink3 = new CollectSink<number>();
const sumChunks = chain(new ChunkT<number>(4), new MapT<number[], number>("sum", (c) => c.reduce((a, b) => a + b, 0)));
run(new RangeSource(-5, 12), sumChunks, sink3);
console.log(sink3, sumChunks.name);
