// 404 and 204 from the peer, 404 and a file from python3 -m http.server, HEAD.
Http.get('http://127.0.0.1:18690/404', function (res) {
  print('peer 404', res.statusCode, res.body);
  Http.get('http://127.0.0.1:18690/204', function (r2) {
    print('peer 204', r2.statusCode, JSON.stringify(r2.body));
    Http.get('http://127.0.0.1:18691/no-such-file.txt', function (r3) {
      print('http.server 404', r3.statusCode, r3.headers['content-type']);
      Http.get('http://127.0.0.1:18691/hello.txt', function (r4) {
        print('http.server file', r4.statusCode, r4.headers['content-length'], JSON.stringify(r4.body));
        Http.request({ hostname: '127.0.0.1', port: 18691, path: '/hello.txt', method: 'HEAD' }, function (r5) {
          print('HEAD', r5.statusCode, r5.headers['content-length'], JSON.stringify(r5.body));
        }).end();
      });
    });
  });
});
