// CommonJS's `export =` and `import = require()`.
import lib = require("./lib");
const x = 3;
export = x;
print(lib);
// expect: TSFW1008 2:1
// expect: TSFW1008 4:1
