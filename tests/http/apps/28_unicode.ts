// Percent-decoded paths, UTF-8 bodies, invalid UTF-8 replaced.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end({ path: req.path, pathLength: req.path.length, body: req.body, bodyLength: req.body.length, url: req.url });
}).listen('127.0.0.1:18428');
