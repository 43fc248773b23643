// A generic Stack<T> and Queue<T> used for bracket matching and an RPN evaluator.
class Stack<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  size(): number {
    return this.items.length;
  }
  isEmpty(): boolean {
    return this.items.length === 0;
  }
  toArray(): T[] {
    return this.items.slice();
  }
}

function balanced(s: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const st = new Stack<string>();
  for (const c of s) {
    if (c === "(" || c === "[" || c === "{") st.push(c);
    else if (c in pairs) {
      if (st.pop() !== pairs[c]) return false;
    }
  }
  return st.isEmpty();
}

for (const s of ["([]{})", "([)]", "((", "", "{[()()]}x", "}"]) console.log(JSON.stringify(s), balanced(s));

function rpn(expr: string): number | string {
  const st = new Stack<number>();
  for (const tok of expr.split(" ")) {
    if (tok === "") continue;
    if ("+-*/".includes(tok) && tok.length === 1) {
      const b = st.pop();
      const a = st.pop();
      if (a === undefined || b === undefined) return "underflow at " + tok;
      st.push(tok === "+" ? a + b : tok === "-" ? a - b : tok === "*" ? a * b : a / b);
    } else st.push(Number(tok));
  }
  return st.size() === 1 ? st.pop()! : `leftover ${st.toArray()}`;
}
for (const e of ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "10 4 /", "1 0 /"]) console.log(e, "=>", rpn(e));

const s = new Stack<{ id: number; tag?: string }>();
s.push({ id: 1 });
s.push({ id: 2, tag: "two" });
console.log(s.peek(), s.size(), s);
