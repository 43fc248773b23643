declare function require(name: string): unknown;
const fs = require("fs");
print(fs);
// expect: TSFW1001 1:1
