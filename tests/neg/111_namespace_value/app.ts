// A namespace import used as a value rather than for its members.
import * as lib from "./lib";
print(lib.twice(2));
const all = lib;
print(all);
// expect: TSFW1008 4:13
