// HTTP/1.0 clients: no chunking, close-delimited bodies, keep-alive on request.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/stream') { res.writeHead(200); res.write('one,'); res.end('two'); }
  else res.end(`v1.0 ${req.path}`);
}).listen('127.0.0.1:18426');
