// A binary-heap priority queue with a custom comparator, used for task scheduling and top-k.
class PriorityQueue<T> {
  private heap: T[] = [];
  constructor(private less: (a: T, b: T) => boolean) {}
  size(): number {
    return this.heap.length;
  }
  push(x: T): void {
    const h = this.heap;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
  peek(): T | undefined {
    return this.heap[0];
  }
}

interface Task {
  name: string;
  priority: number;
  seq: number;
}
const pq = new PriorityQueue<Task>((a, b) => a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq));
const incoming: [string, number][] = [["email", 2], ["deploy", 9], ["lunch", 1], ["bugfix", 9], ["review", 5], ["standup", 5], ["backup", 7]];
incoming.forEach(([name, priority], seq) => pq.push({ name, priority, seq }));
console.log("peek:", pq.peek());
const order: string[] = [];
while (pq.size() > 0) {
  const t = pq.pop()!;
  order.push(`${t.name}(${t.priority})`);
}
console.log(order.join(" > "), pq.pop());

function topK(xs: number[], k: number): number[] {
  const minHeap = new PriorityQueue<number>((a, b) => a < b);
  for (const x of xs) {
    minHeap.push(x);
    if (minHeap.size() > k) minHeap.pop();
  }
  const out: number[] = [];
  while (minHeap.size()) out.push(minHeap.pop()!);
  return out.reverse();
}
const data: number[] = [];
let s = 17;
for (let i = 0; i < 60; i++) {
  s = (s * 73 + 19) % 1009;
  data.push(s);
}
console.log(topK(data, 5), data.slice().sort((a, b) => b - a).slice(0, 5));
const merged = new PriorityQueue<[number, number]>((a, b) => a[0] < b[0]);
const lists = [[1, 4, 9], [2, 3, 10, 11], [0, 5]];
lists.forEach((l, li) => l.forEach((v) => merged.push([v, li])));
const res: string[] = [];
while (merged.size()) { const [v, li] = merged.pop()!; res.push(`${v}/${li}`); }
console.log(res.join(" "));
