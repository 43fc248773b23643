// A trie for prefix search and autocomplete, with counts and longest common prefix.
class TrieNode {
  children = new Map<string, TrieNode>();
  end = false;
  count = 0;
}

class Trie {
  root = new TrieNode();
  words = 0;
  insert(w: string): void {
    let n = this.root;
    for (const c of w) {
      let next = n.children.get(c);
      if (!next) {
        next = new TrieNode();
        n.children.set(c, next);
      }
      next.count++;
      n = next;
    }
    if (!n.end) this.words++;
    n.end = true;
  }
  private node(prefix: string): TrieNode | undefined {
    let n: TrieNode | undefined = this.root;
    for (const c of prefix) {
      n = n.children.get(c);
      if (!n) return undefined;
    }
    return n;
  }
  has(w: string): boolean {
    return this.node(w)?.end ?? false;
  }
  countPrefix(p: string): number {
    return p === "" ? this.words : this.node(p)?.count ?? 0;
  }
  complete(prefix: string, limit = 5): string[] {
    const out: string[] = [];
    const start = this.node(prefix);
    const walk = (n: TrieNode, acc: string) => {
      if (out.length >= limit) return;
      if (n.end) out.push(acc);
      for (const k of [...n.children.keys()].sort()) walk(n.children.get(k)!, acc + k);
    };
    if (start) walk(start, prefix);
    return out;
  }
  longestCommonPrefix(): string {
    let n = this.root;
    let p = "";
    while (n.children.size === 1 && !n.end) {
      const [[c, next]] = [...n.children];
      p += c;
      n = next;
    }
    return p;
  }
}

const t = new Trie();
const dict = ["car", "card", "care", "careful", "cart", "cat", "catalog", "dog", "dot", "dove", "do", "car"];
for (const w of dict) t.insert(w);
console.log("words:", t.words);
for (const p of ["ca", "car", "care", "do", "x", ""]) {
  console.log(JSON.stringify(p).padEnd(7), "count", t.countPrefix(p), "->", t.complete(p, 4));
}
console.log(t.has("car"), t.has("ca"), t.has("careful"), t.has("carefully"));
const t2 = new Trie();
["interview", "internet", "interval", "internal"].forEach((w) => t2.insert(w));
console.log("lcp:", t2.longestCommonPrefix(), t.longestCommonPrefix() === "");
console.log(t2.root.children);
