// The seed's /hello: the request as JSON.
const server = Http.createServer(function (req, res) {
  if (req.url == '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.url == '/hello') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write(req);
    res.end('\n');
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Length': '10' });
    res.end('not found\n');
  }
}).listen('127.0.0.1:18401');
