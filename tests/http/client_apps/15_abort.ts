// abort(): no callback of the request runs after it (before end, in flight,
// from inside on('data'), after the response).
const server = Http.createServer(function (req, res) {
  if (req.url === '/slow') { setTimeout(function () { res.end('late'); }, 200); return; }
  res.end('ok ' + req.url);
}).listen('127.0.0.1:18615');

function step1(): void {
  const a = Http.request({ hostname: '127.0.0.1', port: 18615, path: '/never-sent' }, function () { print('BUG: a'); });
  a.on('error', function () { print('BUG: a error'); });
  a.abort();
  a.end();                       // ignored after abort
  print('aborted a before end');
  step2();
}

function step2(): void {
  const b = Http.request({ hostname: '127.0.0.1', port: 18615, path: '/slow' }, function () { print('BUG: b'); });
  b.on('error', function () { print('BUG: b error'); });
  b.end();
  setTimeout(function () { b.abort(); print('aborted b in flight'); setTimeout(step3, 300); }, 50);
}

let seen = 0;
function step3(): void {
  const c = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/big?n=3000000' }, function () { print('BUG: c'); });
  c.on('data', function (chunk) {
    if (seen > 0) print('BUG: data after abort');
    seen += chunk.length;
    c.abort();
  });
  c.on('error', function () { print('BUG: c error'); });
  c.end();
  setTimeout(step4, 300);
}

function step4(): void {
  print('aborted c from its data callback:', seen > 0 && seen < 3000000);
  const d = Http.request({ hostname: '127.0.0.1', port: 18615, path: '/after' }, function (res) {
    print('d', res.body);
    d.abort();                   // after the response: nothing happens
    setTimeout(function () { print('done'); server.destroy(); }, 100);
  });
  d.on('error', function () { print('BUG: d error'); });
  d.end();
}
step1();
