// A generic double-ended queue implemented with two stacks, used for palindromes and sliding max.
class Deque<T> {
  private front: T[] = [];
  private back: T[] = [];
  pushFront(x: T): void { this.front.push(x); }
  pushBack(x: T): void { this.back.push(x); }
  private rebalance(from: T[], to: T[]): void {
    const half = Math.ceil(from.length / 2);
    const moved = from.splice(0, half).reverse();
    to.push(...moved);
  }
  popFront(): T | undefined {
    if (this.front.length === 0) this.rebalance(this.back, this.front);
    return this.front.pop();
  }
  popBack(): T | undefined {
    if (this.back.length === 0) this.rebalance(this.front, this.back);
    return this.back.pop();
  }
  peekFront(): T | undefined {
    return this.front.length ? this.front[this.front.length - 1] : this.back[0];
  }
  peekBack(): T | undefined {
    return this.back.length ? this.back[this.back.length - 1] : this.front[0];
  }
  size(): number { return this.front.length + this.back.length; }
  toArray(): T[] { return [...this.front.slice().reverse(), ...this.back]; }
}
const d = new Deque<number>();
for (let i = 1; i <= 5; i++) { d.pushBack(i); d.pushFront(-i); }
console.log(d.toArray(), d.size());
console.log(d.popFront(), d.popBack(), d.popFront(), d.popBack(), d.toArray());
function isPal(s: string): boolean {
  const q = new Deque<string>();
  for (const c of s.toLowerCase()) if (c !== " ") q.pushBack(c);
  while (q.size() > 1) if (q.popFront() !== q.popBack()) return false;
  return true;
}
console.log(["racecar", "Never odd or even", "deque", "", "ab"].map(isPal));
function slidingMax(xs: number[], k: number): number[] {
  const dq = new Deque<number>();
  const out: number[] = [];
  xs.forEach((x, i) => {
    while (dq.size() && xs[dq.peekBack()!] <= x) dq.popBack();
    dq.pushBack(i);
    if (dq.peekFront()! <= i - k) dq.popFront();
    if (i >= k - 1) out.push(xs[dq.peekFront()!]);
  });
  return out;
}
console.log(slidingMax([1, 3, -1, -3, 5, 3, 6, 7], 3), slidingMax([9, 8, 7, 6, 5], 2));
