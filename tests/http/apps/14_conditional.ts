// ETag / If-None-Match and If-Modified-Since: 304s.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.serve({ document_root: 'tests/.work/http-www' });
}).listen('127.0.0.1:18414');
