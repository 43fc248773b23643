// A bounded job queue that processes work in ticks and throws once producers overwhelm it.
class BoundedQueue<T> {
  private items: T[] = [];
  maxSeen = 0;
  constructor(private limit: number) {}
  enqueue(x: T): void {
    if (this.items.length >= this.limit) {
      throw new Error(`queue overflow: limit ${this.limit} reached while adding ${String(x)}`);
    }
    this.items.push(x);
    this.maxSeen = Math.max(this.maxSeen, this.items.length);
  }
  dequeue(): T | undefined {
    return this.items.shift();
  }
  size(): number {
    return this.items.length;
  }
}
const q = new BoundedQueue<string>(6);
const arrivalsPerTick = [1, 2, 1, 3, 2, 4, 3, 5];
let processed = 0;
let produced = 0;
for (let tick = 0; tick < arrivalsPerTick.length; tick++) {
  for (let k = 0; k < arrivalsPerTick[tick]; k++) {
    produced++;
    console.log(`tick ${tick}: enqueue job-${produced} (size ${q.size()})`);
    q.enqueue(`job-${produced}`);
  }
  for (let k = 0; k < 2; k++) {
    const job = q.dequeue();
    if (job !== undefined) {
      processed++;
      console.log(`tick ${tick}: processed ${job}`);
    }
  }
  console.log(`tick ${tick} summary: produced=${produced} processed=${processed} backlog=${q.size()} max=${q.maxSeen}`);
}
console.log("all ticks completed");
throw new Error("should have overflowed earlier");
