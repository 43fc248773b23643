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
    Http.request({ hostname: '127.0.0.1', port: 18690, path: '/slow?ms=100', timeout: 1000 }, function (res) {
      print('slow but in time', res.statusCode, res.body);
    }).end();
  });
  r2.end();
});
req.end();
