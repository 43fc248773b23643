// A default class export, with a named helper beside it.
export default class Stack<T> {
  private items: T[] = [];
  push(x: T): this {
    this.items.push(x);
    return this;
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  size(): number {
    return this.items.length;
  }
}
export function fromArray<T>(xs: T[]): Stack<T> {
  const s = new Stack<T>();
  for (const x of xs) s.push(x);
  return s;
}
