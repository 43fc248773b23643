// A server that never answers: setTimeout's callback runs, then the error.
let twoHundredMs = false;
setTimeout(function () { twoHundredMs = true; }, 200);
const req = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/never' }, function (res) {
  print('unexpected response', res.statusCode);
});
req.setTimeout(300, function () {
  print('timeout callback, waited enough:', twoHundredMs);
});
req.on('error', function (err) {
  print('error:', err.message);
  // the timeout option; a body that stalls midway
  const r2 = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/stall', timeout: 200 }, function (res) {
    print('unexpected', res.statusCode);
  });
  r2.on('error', function (e2) {
    print('stall error:', e2.message);
    // a slow answer inside the timeout is fine
    Http.request({ hostname: '127.0.0.1', port: 18690, path: '/slow?ms=100', timeout: 1000, deadline_ms: 1000 }, function (res) {
      print('slow but in time', res.statusCode, res.body);
      // a byte every 200 ms keeps the idle timeout happy, not the deadline
      let late = false;
      setTimeout(function () { late = true; }, 3000);
      const r3 = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/trickle', timeout: 1000, deadline_ms: 1500 }, function (res3) {
        print('unexpected', res3.statusCode);
      });
      r3.on('error', function (e3) {
        print('deadline error:', e3.message, 'late:', late);
      });
      r3.end();
    }).end();
  });
  r2.end();
});
req.end();
