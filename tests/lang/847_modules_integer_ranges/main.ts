// An app of two modules: the exported functions are called with fractions and
// negative numbers, and the live binding is read after each change.
import half, { tick, ticks, scaled, third, LIMIT } from "./counter";
import * as c from "./counter";

for (let i = 0; i < 5; i++) tick();
print("ticks", ticks, c.ticks, LIMIT, ticks * 2 - LIMIT);
print("scaled", scaled(4), scaled(2.5), scaled(-4), Object.is(scaled(-5), -0));
print("half", half(7), half(7.5), half(-3), c.default(10));
const f = c.scaled;
print("value", f(1.5), [1, 2.5].map(c.scaled).join(" "));
const g = c.third;
print("third", third(4), third(5), g(2.5));
