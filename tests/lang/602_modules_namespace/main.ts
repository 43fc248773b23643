// `import * as ns`: functions, constants, a live `let`, a class, an arrow held in a
// constant and the default export, all reached through the namespace.
import * as mx from "./mathx";

const fibs = [0, 1, 2, 10, 20].map((n) => mx.fib(n));
print(fibs, "calls", mx.calls);
print(mx.GOLDEN.toFixed(6), (mx.fib(31) / mx.fib(30)).toFixed(6));
print(mx.clamp(15, 0, 10), mx.clamp(-3, 0, 10), mx.clamp(4, 0, 10));
const v = new mx.Vec(1, 2).add(new mx.Vec(3, 4));
print(v.x, v.y, v);
print(mx.apply((x) => x * x, [1, 2, 3]), mx.default([1, 2, 3, 4]));
const f = mx.fib;
print(f(12), "calls", mx.calls);
const z = mx.Vec.zero();
print(z.x, mx.Vec.made, mx.Mode.On, mx.Mode[0]);
