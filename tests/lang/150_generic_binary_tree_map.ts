// A generic ordered map backed by an unbalanced BST with a comparator, supporting range queries.
interface Node<K, V> {
  key: K;
  value: V;
  left: Node<K, V> | null;
  right: Node<K, V> | null;
}
class TreeMap<K, V> {
  private root: Node<K, V> | null = null;
  size = 0;
  constructor(private cmp: (a: K, b: K) => number) {}
  set(key: K, value: V): void {
    if (!this.root) { this.root = { key, value, left: null, right: null }; this.size++; return; }
    let n = this.root;
    for (;;) {
      const c = this.cmp(key, n.key);
      if (c === 0) { n.value = value; return; }
      const next = c < 0 ? n.left : n.right;
      if (next) { n = next; continue; }
      const leaf = { key, value, left: null, right: null };
      if (c < 0) n.left = leaf;
      else n.right = leaf;
      this.size++;
      return;
    }
  }
  get(key: K): V | undefined {
    let n = this.root;
    while (n) {
      const c = this.cmp(key, n.key);
      if (c === 0) return n.value;
      n = c < 0 ? n.left : n.right;
    }
    return undefined;
  }
  range(lo: K, hi: K): [K, V][] {
    const out: [K, V][] = [];
    const walk = (n: Node<K, V> | null) => {
      if (!n) return;
      if (this.cmp(lo, n.key) < 0) walk(n.left);
      if (this.cmp(lo, n.key) <= 0 && this.cmp(n.key, hi) <= 0) out.push([n.key, n.value]);
      if (this.cmp(n.key, hi) < 0) walk(n.right);
    };
    walk(this.root);
    return out;
  }
  entries(): [K, V][] {
    const out: [K, V][] = [];
    const walk = (n: Node<K, V> | null) => { if (n) { walk(n.left); out.push([n.key, n.value]); walk(n.right); } };
    walk(this.root);
    return out;
  }
}
const byLen = new TreeMap<string, number>((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
for (const w of "the quick brown fox jumps over the lazy dog again and again".split(" ")) byLen.set(w, (byLen.get(w) ?? 0) + 1);
console.log(byLen.size, byLen.entries());
console.log(byLen.range("aaaa", "zzzz"));
const scores = new TreeMap<number, string>((a, b) => a - b);
[[88, "b"], [42, "f"], [97, "a"], [65, "d"], [73, "c"], [50, "e"]].forEach(([k, v]) => scores.set(k as number, v as string));
console.log(scores.range(60, 90), scores.get(97), scores.get(1));
console.log(scores.entries().map(([k, v]) => `${v}=${k}`).join(" "));
