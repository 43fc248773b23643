// A singly linked list with node classes and instanceof checks on a small expression tree.
class ListNode<T> {
  next: ListNode<T> | null = null;
  constructor(public value: T) {}
}

class LinkedList<T> {
  head: ListNode<T> | null = null;
  length = 0;
  push(v: T): this {
    const n = new ListNode(v);
    if (this.head === null) this.head = n;
    else {
      let cur = this.head;
      while (cur.next !== null) cur = cur.next;
      cur.next = n;
    }
    this.length++;
    return this;
  }
  reverse(): void {
    let prev: ListNode<T> | null = null;
    let cur = this.head;
    while (cur) {
      const next: ListNode<T> | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    this.head = prev;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let c = this.head; c !== null; c = c.next) out.push(c.value);
    return out;
  }
  removeIf(p: (v: T) => boolean): number {
    let removed = 0;
    while (this.head && p(this.head.value)) {
      this.head = this.head.next;
      removed++;
    }
    let c = this.head;
    while (c && c.next) {
      if (p(c.next.value)) {
        c.next = c.next.next;
        removed++;
      } else c = c.next;
    }
    this.length -= removed;
    return removed;
  }
}

const list = new LinkedList<number>();
for (let i = 1; i <= 10; i++) list.push(i * i);
console.log(list.toArray(), list.length);
list.reverse();
console.log("reversed:", list.toArray().join(" "));
console.log("removed odd:", list.removeIf((v) => v % 2 === 1), list.toArray(), list.length);
const small = new LinkedList<string>().push("a").push("b");
console.log(small);
console.log(small.head instanceof ListNode, small.head?.next?.next, small.head?.next?.value);

class Expr {}
class Num extends Expr {
  constructor(public v: number) { super(); }
}
class Add extends Expr {
  constructor(public l: Expr, public r: Expr) { super(); }
}
class Mul extends Expr {
  constructor(public l: Expr, public r: Expr) { super(); }
}
function evalExpr(e: Expr): number {
  if (e instanceof Num) return e.v;
  if (e instanceof Add) return evalExpr(e.l) + evalExpr(e.r);
  if (e instanceof Mul) return evalExpr(e.l) * evalExpr(e.r);
  return NaN;
}
function show(e: Expr): string {
  if (e instanceof Num) return String(e.v);
  if (e instanceof Add) return `(${show(e.l)} + ${show(e.r)})`;
  if (e instanceof Mul) return `${show(e.l)} * ${show(e.r)}`;
  return "?";
}
const tree = new Add(new Mul(new Num(3), new Add(new Num(1), new Num(2))), new Num(-4));
console.log(show(tree), "=", evalExpr(tree), evalExpr(new Expr()));
console.log(tree);
