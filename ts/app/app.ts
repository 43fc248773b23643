// The seed's example (Mongoose IoT Platform HTTP API): a server, and a client
// that posts to it and prints the reply.
// /hello answers with the request as JSON; everything else is served from
// ts/app/www (run from the repository root: `make run`).
const server = Http.createServer(function (req, res) {
  if (req.url == '/hello') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write(req);
    res.end('\n');
  } else {
    res.serve({ document_root: 'ts/app/www' });
  }
}).listen('127.0.0.1:8000');

server.on('error', function (id) {
  print('server error on connection', id);
});

// The seed's client part: a POST to our own server, and the reply printed.
const client = Http.request({
  hostname: '127.0.0.1',
  port: 8000,
  path: '/hello',
  method: 'POST',
  headers: { MyHeader: 'hi there' }
}, function(res) {
  print('in reply handler', res);
}).end('this is POST data');

print('listening on http://127.0.0.1:8000');
