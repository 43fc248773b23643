// Chunked bodies: many writes, no Content-Length.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  const n = req.query === '' ? 5 : parseInt(req.query);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  for (let i = 0; i < n; i++) res.write(`line ${i} ${'x'.repeat(i * 10)}\n`);
  res.end('done\n');
}).listen('127.0.0.1:18404');
