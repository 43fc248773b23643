// A simulated elevator controller that checks an invariant each step and throws when it breaks.
class Elevator {
  floor = 0;
  direction = 0;
  queue: number[] = [];
  log: string[] = [];
  constructor(readonly minFloor: number, readonly maxFloor: number) {}
  request(f: number): void {
    if (!this.queue.includes(f)) this.queue.push(f);
  }
  step(): void {
    if (this.queue.length === 0) {
      this.direction = 0;
      return;
    }
    const target = this.queue[0];
    this.direction = Math.sign(target - this.floor);
    this.floor += this.direction;
    if (this.floor === target) {
      this.queue.shift();
      this.log.push(`stop@${this.floor}`);
    }
  }
  check(): void {
    if (this.floor < this.minFloor || this.floor > this.maxFloor) {
      throw new Error(`invariant violated: floor ${this.floor} outside [${this.minFloor}, ${this.maxFloor}]`);
    }
  }
}

const e = new Elevator(-1, 5);
const requests: [number, number][] = [[0, 3], [2, 1], [4, 5], [9, -1], [12, 7]];
for (let t = 0; t < 30; t++) {
  for (const [at, f] of requests) if (at === t) {
    e.request(f);
    console.log(`t=${t} request floor ${f}`);
  }
  e.step();
  console.log(`t=${t} floor=${e.floor} dir=${e.direction} queue=[${e.queue.join(",")}]`);
  e.check();
}
console.log(e.log);
throw new Error("simulation ended without violation");
