// HTTPS to our own HTTPS server (by address, the certificate's name checked
// through servername): the test CA from ca_file or from the default
// (TSFW_CA_FILE, set by the runner), smaller TLS records, a client
// certificate for a server that asks for one.
const certs = 'tests/.work/client/certs/';
const server = Http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('secure ' + req.method + ' ' + req.url + ' body=' + req.body);
}).listen('127.0.0.1:18630', { ssl_cert: certs + 'server.pem', ssl_key: certs + 'server.key' });
const mtls = Http.createServer(function (req, res) {
  res.end('client certificate accepted for ' + req.url);
}).listen('127.0.0.1:18631', { ssl_cert: certs + 'server.pem', ssl_key: certs + 'server.key', ssl_ca_cert: certs + 'ca.pem' });

function done(): void {
  server.destroy();
  mtls.destroy();
}

function fail(what: string): (err: Error) => void {
  return function (err: Error): void {
    print(what, 'error:', err.message);
    done();
  };
}

Http.request({ hostname: '127.0.0.1', servername: 'localhost', port: 18630, protocol: 'https:', path: '/a', method: 'POST', ca_file: certs + 'ca.pem' }, function (res) {
  print('ca_file:', res.statusCode, res.body);
  Http.request({ hostname: '127.0.0.1', servername: 'localhost', port: 18630, protocol: 'https:', path: '/b?x=1' }, function (r2) {
    print('default CA:', r2.statusCode, r2.body);
    Http.request({ hostname: '127.0.0.1', servername: 'localhost', port: 18630, protocol: 'https:', path: '/small-records', tls_max_fragment_len: 1024 }, function (r3) {
      print('tls_max_fragment_len:', r3.statusCode, r3.body);
      Http.request({ hostname: '127.0.0.1', servername: 'localhost', port: 18631, protocol: 'https:', path: '/mtls', ssl_cert: certs + 'client.pem', ssl_key: certs + 'client.key' }, function (r4) {
        print('client certificate:', r4.statusCode, r4.body);
        done();
      }).on('error', fail('mtls')).end();
    }).on('error', fail('fragment')).end();
  }).on('error', fail('default')).end();
}).on('error', fail('ca_file')).end('over TLS');
