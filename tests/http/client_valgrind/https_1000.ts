// 1,000 HTTPS requests, one after another, from our client to our own HTTPS
// server in the same program (run under valgrind by http_valgrind.test.ts).
// Every fifth request is a POST with a JSON body, every tenth streams its
// answer with on('data'), every 25th is aborted, every 50th goes to a
// closed port; then the server is destroyed and the program exits.
const certs = 'tests/.work/client/certs/';
const total = 1000;
let ok = 0;
let errors = 0;
let aborted = 0;
let bytes = 0;
const server = Http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('reply ' + req.url + ' ' + req.body.length);
}).listen('127.0.0.1:18650', { ssl_cert: certs + 'server.pem', ssl_key: certs + 'server.key' });

function next(i: number): void {
  if (i > total) {
    print('ok', ok, 'errors', errors, 'aborted', aborted, 'bytes', bytes);
    server.destroy();
    return;
  }
  const post = i % 5 === 0;
  const port = i % 50 === 0 ? 1 : 18650;
  const req = Http.request({ hostname: '127.0.0.1', servername: 'localhost', port: port, protocol: 'https:', path: '/r/' + i, method: post ? 'POST' : 'GET', ca_file: certs + 'ca.pem' }, function (res) {
    if (res.statusCode === 200) ok++;
    bytes += res.body.length;
    next(i + 1);
  });
  req.on('error', function (err) {
    if (err.message.length > 0) errors++;
    next(i + 1);
  });
  if (i % 10 === 0) req.on('data', function (chunk) { bytes += chunk.length; });
  if (post) req.write({ i: i, text: 'body of request ' + i });
  req.end();
  if (i % 25 === 0 && i % 50 !== 0) {
    req.abort();
    aborted++;
    setTimeout(function () { next(i + 1); }, 1);
  }
}
next(1);
