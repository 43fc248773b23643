// Loops that read and write several number and boolean fields of class
// instances taken from an array: the instances, a subclass's instances, and
// object literals typed as the class (with an accessor among their
// properties) take the same steps with the same results.

class Particle {
  constructor(
    public x: number,
    public y: number,
    public vx: number,
    public vy: number,
    public alive: boolean,
  ) {}
}
class Heavy extends Particle {
  mass = 10;
}

let reads = 0;
let writes = 0;
const lookalike: Particle = {
  get x() {
    reads++;
    return 100;
  },
  set x(v: number) {
    writes++;
    console.log("set x of the lookalike to", v);
  },
  y: 5,
  vx: -1,
  vy: 0.5,
  alive: true,
};

const ps: Particle[] = [
  new Particle(0, 0, 1, 2, true),
  new Heavy(1, 1, -1, 0.25, true),
  lookalike,
  new Particle(3, -2, 0.5, 0.5, false),
];

function step(all: Particle[], dt: number): number {
  let moved = 0;
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    for (let j = i + 1; j < all.length; j++) {
      const q = all[j];
      const dx = p.x - q.x;
      const dy = p.y - q.y;
      const d = dx * dx + dy * dy + 0.01;
      p.vx -= (dx / d) * dt;
      p.vy -= (dy / d) * dt;
      q.vx += (dx / d) * dt;
      q.vy += (dy / d) * dt;
      // a local of the run read after it
      const both = p.alive && q.alive;
      q.alive = !both || q.vx > 0;
      if (both) moved++;
    }
  }
  for (const p of all) {
    p.x += dt * p.vx;
    p.y += dt * p.vy;
    p.alive = p.alive || p.y > 0;
  }
  return moved;
}

let moved = 0;
for (let k = 0; k < 3; k++) moved += step(ps, 0.1);
for (const p of ps) console.log(p.x.toFixed(6), p.y.toFixed(6), p.vx.toFixed(6), p.vy.toFixed(6), p.alive);
console.log("moved", moved, "reads", reads, "writes", writes);

// only instances: the common case, many steps
const many: Particle[] = [];
for (let i = 0; i < 50; i++) many.push(new Particle(i % 7, i % 5, 0, 0, i % 2 === 0));
let total = 0;
for (let k = 0; k < 20; k++) total += step(many, 0.01);
let sx = 0;
for (const p of many) sx += p.x + p.vy;
console.log(total, sx.toFixed(6));
