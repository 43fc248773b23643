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
    setTimeout(step5, 100);
  });
  d.on('error', function () { print('BUG: d error'); });
  d.end();
}

function step5(): void {
  // from the timeout callback: the timeout error is not delivered
  const e = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/never' }, function () { print('BUG: e'); });
  e.setTimeout(100, function () { print('e timed out, aborting'); e.abort(); });
  e.on('error', function () { print('BUG: e error'); });
  e.end();
  // from the error callback: harmless
  const f = Http.request({ hostname: '127.0.0.1', port: 1 }, function () { print('BUG: f'); });
  f.on('error', function (err) { print('f error, aborting:', err.message); f.abort(); });
  f.end();
  setTimeout(function () { print('done'); server.destroy(); }, 400);
}
step1();
