// A chunked response from a third-party peer, and a large chunked one.
Http.request({ hostname: '127.0.0.1', port: 18690, path: '/chunked' }, function (res) {
  print(res.statusCode, res.headers['transfer-encoding'], res.body.length, res.body.slice(0, 26), res.body.slice(-8));
  Http.request('http://127.0.0.1:18690/bigchunked?n=700000', function (r2) {
    let sum = 0;
    for (let i = 0; i < r2.body.length; i += 997) sum += r2.body.charCodeAt(i);
    print(r2.statusCode, r2.body.length, sum);
  }).end();
}).end();
