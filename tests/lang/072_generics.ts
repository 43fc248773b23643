// Generic functions and interfaces: Pair, Result, a typed cache, and constrained generics.
interface Pair<A, B> {
  first: A;
  second: B;
}
function pair<A, B>(first: A, second: B): Pair<A, B> {
  return { first, second };
}
function swap<A, B>(p: Pair<A, B>): Pair<B, A> {
  return { first: p.second, second: p.first };
}

type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function safeDiv(a: number, b: number): Result<number> {
  return b === 0 ? { ok: false, error: `div ${a} by zero` } : { ok: true, value: a / b };
}
function mapResult<T, U>(r: Result<T>, f: (t: T) => U): Result<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}
function unwrapOr<T>(r: Result<T>, d: T): T {
  return r.ok ? r.value : d;
}

interface HasLength {
  length: number;
}
function longest<T extends HasLength>(xs: T[]): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (best === undefined || x.length > best.length) best = x;
  return best;
}
function pluck<T, R>(xs: T[], get: (x: T) => R): R[] {
  return xs.map(get);
}

class TypedCache<K, V> {
  private store = new Map<K, V>();
  private hits = 0;
  constructor(private loader: (k: K) => V) {}
  get(k: K): V {
    if (this.store.has(k)) {
      this.hits++;
      return this.store.get(k)!;
    }
    const v = this.loader(k);
    this.store.set(k, v);
    return v;
  }
  report(): string {
    return `size=${this.store.size} hits=${this.hits}`;
  }
}

const p = pair("age", 42);
console.log(p, swap(p), swap(swap(p)));
console.log([safeDiv(1, 4), safeDiv(1, 0)].map((r) => mapResult(r, (v) => v * 100)));
console.log(unwrapOr(safeDiv(9, 3), -1), unwrapOr(safeDiv(9, 0), -1));
console.log(longest(["aa", "bbbb", "c"]), longest([[1], [1, 2, 3], []]), longest<string>([]));
const people = [{ name: "Ann", age: 30 }, { name: "Bob", age: 25 }];
console.log(pluck(people, (p) => p.name), pluck(people, (p) => p.age));
const sq = new TypedCache<number, number>((n) => n * n);
console.log([3, 4, 3, 3, 5].map((n) => sq.get(n)), sq.report());
const upper = new TypedCache<string, string>((s) => s.toUpperCase());
console.log(upper.get("hi"), upper.get("hi"), upper.report());
function identity<T>(x: T): T {
  return x;
}
console.log(identity(5), identity("s"), identity([1, 2]), identity<null>(null));
function firstN<T>(xs: T[], n: number): T[] {
  return xs.slice(0, n);
}
console.log(firstN([1, 2, 3, 4], 2), firstN(["a"], 5));
