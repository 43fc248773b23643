// Function factories producing independent counters, accumulators and id generators.
function makeCounter(start = 0, step = 1) {
  let value = start;
  return {
    next: (): number => (value += step),
    peek: (): number => value,
    reset: (): void => {
      value = start;
    },
  };
}

const a = makeCounter();
const b = makeCounter(100, -7);
console.log(a.next(), a.next(), a.next(), a.peek());
console.log(b.next(), b.next(), b.peek());
a.reset();
console.log("after reset:", a.peek(), a.next(), "b untouched:", b.peek());

function makeIdGen(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(3, "0")}`;
}
const userIds = makeIdGen("user");
const orderIds = makeIdGen("ord");
console.log([userIds(), userIds(), orderIds(), userIds(), orderIds()]);

function makeAccumulator(): (x?: number) => number {
  let total = 0;
  let calls = 0;
  return (x?: number) => {
    calls++;
    if (x !== undefined) total += x;
    console.log(`  call #${calls}: total=${total}`);
    return total;
  };
}
const acc = makeAccumulator();
acc(5);
acc();
acc(-2.5);
console.log("final:", acc(10));

const adders = [1, 2, 3].map((n) => (x: number) => x + n);
console.log(adders.map((f) => f(10)));

function compose<T>(...fs: ((x: T) => T)[]): (x: T) => T {
  return (x) => fs.reduceRight((v, f) => f(v), x);
}
const inc = (x: number) => x + 1;
const dbl = (x: number) => x * 2;
const sq = (x: number) => x * x;
console.log(compose(inc, dbl, sq)(3), compose(sq, dbl, inc)(3), compose<number>()(3));

function once<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R | undefined {
  let done = false;
  return (...args: A) => {
    if (done) return undefined;
    done = true;
    return f(...args);
  };
}
const init = once((name: string, n: number) => `${name} initialised with ${n}`);
console.log(init("db", 3), init("db", 4));
console.log(a, typeof a.next);
