// Http.get calls end() itself; options or a URL; the request object is returned.
const server = Http.createServer(function (req, res) {
  res.end('got ' + req.method + ' ' + req.url + ' len=' + req.headers['content-length']);
}).listen('127.0.0.1:18614');
const g = Http.get({ hostname: '127.0.0.1', port: 18614, path: '/a' }, function (res) {
  print('options form:', res.statusCode, res.body);
  Http.get('http://127.0.0.1:18614/b?c=d', function (r2) {
    print('url form:', r2.statusCode, r2.body);
    // end() after get() is ignored
    Http.get('http://127.0.0.1:18614/c', function (r3) {
      print('end after get:', r3.body);
      server.destroy();
    }).end('ignored');
  });
});
print('get returned a request:', typeof g);
