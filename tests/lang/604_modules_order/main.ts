// ES module order: a diamond (left and right both import log) runs log once, first;
// then the imports in order; a side-effect import runs; an `import type` runs nothing;
// the entry runs last.
import { side as l } from "./left";
import "./effects";
import { side as r } from "./right";
import { lines, note } from "./log";
import type { Config } from "./typesonly";

print("main: init", l, r);
note("main");
const c: Config = { name: "order" };
print(c.name, lines);
