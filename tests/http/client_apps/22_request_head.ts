// What the server receives (raw, from the peer's /echo), and response
// headers: repeated ones joined, Set-Cookie too, names lower-cased.
Http.request({ hostname: '127.0.0.1', port: 18690, path: '/echo?a=b', method: 'POST', headers: { 'X-One': '1', 'Content-Type': 'text/plain' } }, function (res) {
  print(JSON.stringify(res.body));
  Http.get({ hostname: '127.0.0.1', port: 18690, path: '/echo' }, function (r2) {
    print(JSON.stringify(r2.body));
    Http.request({ host: '127.0.0.1', port: 18690, path: '/echo', headers: { Host: 'example.test', Connection: 'close' } }, function (r3) {
      print(JSON.stringify(r3.body));
      Http.get('http://127.0.0.1:18690/headers', function (r4) {
        print(r4.headers);
        // 100 Set-Cookie lines: the limits are bytes, not a small count
        Http.get('http://127.0.0.1:18690/cookies', function (r5) {
          print(r5.statusCode, r5.headers['set-cookie'].split(', ').length, r5.body);
        });
      });
    }).end();
  });
}).end('body bytes');
