// Fixed-length bodies written in pieces.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  const parts = ['alpha ', 'beta ', 'gamma\n'];
  let total = 0;
  for (const p of parts) total += p.length;
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(total), 'X-Parts': String(parts.length) });
  for (const p of parts) res.write(p);
  res.end();
}).listen('127.0.0.1:18403');
