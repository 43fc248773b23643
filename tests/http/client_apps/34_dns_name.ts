// Names through the resolver (TSFW_DNS_SERVER: tests/dns/dnsd.py, which maps
// *.ok.test to 127.0.0.1 and answers NXDOMAIN for other names): a plain HTTP
// request by name to our own server, then names that do not exist.
const server = Http.createServer(function (req, res) {
  res.end('served by name: ' + req.method + ' ' + req.url + ' host=' + req.headers['host']);
}).listen('127.0.0.1:18652');

Http.get('http://api.ok.test:18652/named', function (res) {
  print('by name:', res.statusCode, res.body);
  const r2 = Http.request({ hostname: 'nosuch.test', port: 18652, path: '/x' }, function (res2) {
    print('BUG: nosuch.test answered', res2.statusCode);
  });
  r2.on('error', function (err) {
    print('nxdomain:', err.message);
    // HTTPS: the name fails before any TLS
    Http.get('https://gone.example.test/', function (res3) {
      print('BUG: gone.example.test answered', res3.statusCode);
      server.destroy();
    }).on('error', function (e3) {
      print('nxdomain https:', e3.message);
      server.destroy();
    });
  });
  r2.end();
}).on('error', function (err) {
  print('BUG: by name failed:', err.message);
  server.destroy();
});
