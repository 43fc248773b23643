// An LRU cache built on Map insertion order, with hit/miss statistics and eviction logging.
class LRUCache<K, V> {
  private map = new Map<K, V>();
  hits = 0;
  misses = 0;
  evictions: K[] = [];
  constructor(private capacity: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  put(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      for (const [oldest] of this.map) {
        this.map.delete(oldest);
        this.evictions.push(oldest);
        break;
      }
    }
    this.map.set(key, value);
  }

  keys(): K[] {
    return [...this.map.keys()];
  }
}

const cache = new LRUCache<string, number>(3);
cache.put("a", 1);
cache.put("b", 2);
cache.put("c", 3);
console.log(cache.keys());
console.log(cache.get("a"), cache.keys());
cache.put("d", 4);
console.log(cache.keys(), "evicted:", cache.evictions);
console.log(cache.get("b"), cache.get("c"), cache.keys());
cache.put("a", 100);
cache.put("e", 5);
console.log(cache.keys(), cache.evictions);

function simulate(capacity: number, accesses: number[]): string {
  const c = new LRUCache<number, string>(capacity);
  for (const k of accesses) {
    if (c.get(k) === undefined) c.put(k, "page" + k);
  }
  const rate = c.hits / (c.hits + c.misses);
  return `cap=${capacity} hits=${c.hits} misses=${c.misses} rate=${(rate * 100).toFixed(1)}% final=[${c.keys().join(",")}]`;
}
const pattern: number[] = [];
for (let i = 0; i < 60; i++) pattern.push(i % 7 < 4 ? i % 4 : (i * 13) % 11);
for (const cap of [1, 2, 4, 6, 12]) console.log(simulate(cap, pattern));
console.log(cache);
