// Status codes and custom headers.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  const code = parseInt(req.path.substring(1));
  res.writeHead(code, { 'X-Code': String(code), 'X-Multi-Word-Header': 'a, b; c=d', 'Cache-Control': 'no-store' });
  res.end(code === 204 || code === 304 ? '' : `status ${code}\n`);
}).listen('127.0.0.1:18410');
