// A slow answer (dnsd.py delays slow.test, 0.6 s here): the lookup does not
// block, timers keep ticking while it is pending, then the request goes on.
let ticks = 0;
let resolving = true;
let ticksWhileResolving = 0;
const iv = setInterval(function () {
  ticks++;
}, 50);
const server = Http.createServer(function (req, res) {
  // the connection exists: the name has been resolved
  if (resolving) {
    resolving = false;
    ticksWhileResolving = ticks;
  }
  res.end('slow by name');
}).listen('127.0.0.1:18653');

Http.get('http://slow.test:18653/', function (res) {
  print('slow.test:', res.statusCode, res.body);
  print('ticks while resolving at least 3:', ticksWhileResolving >= 3);
  clearInterval(iv);
  server.destroy();
}).on('error', function (err) {
  print('BUG: slow.test failed:', err.message);
  clearInterval(iv);
  server.destroy();
});
