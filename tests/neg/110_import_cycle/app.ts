// Two files that import each other: node would run them with bindings not yet set.
import { helper } from "./b";
export const base = 10;
print(helper(1));
// expect: TSFW1008 1:1
// hint: move what the modules share into a module that imports neither
