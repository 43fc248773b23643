// node's http module: the device API's Http is a global.
import http from 'http';
print(http);
// expect: TSFW1008 2:1
// expect: TS2307 2:18
// hint: Http.createServer(...) and Http.request(...) need no import
