// HTTPS by host name, URL form: "localhost" resolved (the runtime's
// non-blocking resolver), its certificate checked against the default CA
// bundle (TSFW_CA_FILE, the test CA here).
const certs = 'tests/.work/client/certs/';
const server = Http.createServer(function (req, res) {
  res.end('secure ' + req.method + ' ' + req.url);
}).listen('127.0.0.1:18633', { ssl_cert: certs + 'server.pem', ssl_key: certs + 'server.key' });
const req = Http.request('https://localhost:18633/by-name?x=1', function (res) {
  print('by name:', res.statusCode, res.body);
  Http.get('http://localhost:18690/fixed', function (r2) {
    print('plain by name:', r2.statusCode, r2.body);
    server.destroy();
  });
});
req.on('error', function (err) {
  print('error:', err.message);
  server.destroy();
});
req.setTimeout(5000);
req.end();
