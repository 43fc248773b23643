import { readFileSync } from "fs";
print(readFileSync);
// expect: TSFW1008 1:1
// expect: TS2307 1:30
