// node's require: the device API is global.
const http = require('http');
print(http);
// expect: TSFW1003 2:14
// hint: needs no 'require' or 'import'
