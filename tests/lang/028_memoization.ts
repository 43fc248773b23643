// Memoization with Map and object caches: fibonacci, grid paths, and a generic memo wrapper.
let calls = 0;
function slowFib(n: number): number {
  calls++;
  return n < 2 ? n : slowFib(n - 1) + slowFib(n - 2);
}
console.log("slowFib(20) =", slowFib(20), "calls:", calls);

function memoize(f: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n) => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = f(n);
    cache.set(n, v);
    return v;
  };
}

calls = 0;
const fastFib: (n: number) => number = memoize((n) => {
  calls++;
  return n < 2 ? n : fastFib(n - 1) + fastFib(n - 2);
});
console.log("fastFib(78) =", fastFib(78), "calls:", calls);
console.log("fastFib(90) =", fastFib(90), "calls:", calls, "safe:", Number.isSafeInteger(fastFib(78)));

const pathCache: Record<string, number> = {};
function gridPaths(r: number, c: number): number {
  if (r === 0 || c === 0) return 1;
  const key = r + "," + c;
  if (key in pathCache) return pathCache[key];
  const v = gridPaths(r - 1, c) + gridPaths(r, c - 1);
  pathCache[key] = v;
  return v;
}
console.log("paths 10x10:", gridPaths(10, 10), "16x16:", gridPaths(16, 16));
console.log("cache entries:", Object.keys(pathCache).length);

function memoStr<R>(f: (s: string) => R): { fn: (s: string) => R; stats: () => string } {
  const cache = new Map<string, R>();
  let hits = 0;
  let misses = 0;
  return {
    fn: (s) => {
      if (cache.has(s)) {
        hits++;
        return cache.get(s)!;
      }
      misses++;
      const v = f(s);
      cache.set(s, v);
      return v;
    },
    stats: () => `hits=${hits} misses=${misses} size=${cache.size}`,
  };
}
const vowels = memoStr((s) => [...s].filter((c) => "aeiou".includes(c)).length);
for (const w of ["banana", "apple", "banana", "kiwi", "apple", "banana"]) console.log(w, vowels.fn(w));
console.log(vowels.stats());

const coins = [1, 5, 10, 25];
const ways = new Map<string, number>();
function change(amount: number, idx: number): number {
  if (amount === 0) return 1;
  if (amount < 0 || idx === coins.length) return 0;
  const key = `${amount}:${idx}`;
  const got = ways.get(key);
  if (got !== undefined) return got;
  const v = change(amount - coins[idx], idx) + change(amount, idx + 1);
  ways.set(key, v);
  return v;
}
console.log("ways to make 100:", change(100, 0), "300:", change(300, 0));
