// Certificates the client must refuse, each with its reason: unknown CA,
// expired, wrong host name, self-signed; and a valid one accepted. The
// server is reached by address, the name checked is servername's.
const certs = 'tests/.work/client/certs/';
const kinds = ['server', 'unknown', 'expired', 'wronghost', 'selfsigned'];
const servers: Server[] = [];
for (let i = 0; i < kinds.length; i++) {
  servers.push(Http.createServer(function (req, res) {
    res.end('served with ' + kinds[i]);
  }).listen('127.0.0.1:' + (18640 + i), { ssl_cert: certs + kinds[i] + '.pem', ssl_key: certs + kinds[i] + '.key' }));
}
function next(i: number): void {
  if (i >= kinds.length) {
    for (const s of servers) s.destroy();
    return;
  }
  const req = Http.request({ hostname: '127.0.0.1', servername: 'localhost', port: 18640 + i, protocol: 'https:', ca_file: certs + 'ca.pem' }, function (res) {
    print(kinds[i], 'accepted:', res.statusCode, res.body);
    next(i + 1);
  });
  req.on('error', function (err) {
    print(kinds[i], 'rejected:', err.message);
    next(i + 1);
  });
  req.end();
}
next(0);
