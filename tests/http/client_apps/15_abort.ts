// abort(): no callback of the request runs after it.
const server = Http.createServer(function (req, res) {
  if (req.url === '/slow') { setTimeout(function () { res.end('late'); }, 200); return; }
  res.end('ok ' + req.url);
}).listen('127.0.0.1:18615');

const a = Http.request({ hostname: '127.0.0.1', port: 18615, path: '/never-sent' }, function () { print('BUG: a'); });
a.on('error', function () { print('BUG: a error'); });
a.abort();
a.end();                       // ignored after abort

const b = Http.request({ hostname: '127.0.0.1', port: 18615, path: '/slow' }, function () { print('BUG: b'); });
b.on('error', function () { print('BUG: b error'); });
b.end();
setTimeout(function () { b.abort(); print('aborted b in flight'); }, 50);

let seen = 0;
const c = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/big?n=3000000' }, function () { print('BUG: c'); });
c.on('data', function (chunk) {
  seen += chunk.length;
  if (seen > 0) c.abort();
  print('data after abort?', seen > 0 && seen <= 3000000);
});
c.on('error', function () { print('BUG: c error'); });
c.end();

const d = Http.request({ hostname: '127.0.0.1', port: 18615, path: '/after' }, function (res) {
  print('d', res.body);
  d.abort();                   // after the response: nothing happens
});
d.end();

setTimeout(function () {
  print('done; data events before abort:', seen > 0);
  server.destroy();
}, 600);
