// write() buffers; end(data) sends all with Content-Length; objects as JSON.
const server = Http.createServer(function (req, res) {
  res.end(req.method + ' cl=' + req.headers['content-length'] + ' te=' + req.headers['transfer-encoding'] + ' body=' + req.body);
}).listen('127.0.0.1:18616');
const r = Http.request({ hostname: '127.0.0.1', port: 18616, path: '/w', method: 'PUT' }, function (res) {
  print(res.body);
  const r2 = Http.request({ hostname: '127.0.0.1', port: 18616, path: '/empty', method: 'POST' }, function (res2) {
    print(res2.body);
    Http.request({ hostname: '127.0.0.1', port: 18616, path: '/lower', method: 'patch' }, function (res3) {
      print(res3.body);
      server.destroy();
    }).write('x').end();
  });
  r2.end();
});
r.write('one,').write({ two: 2, list: [1, 'x'] }).write(',');
r.write('three é');
r.end('!');
