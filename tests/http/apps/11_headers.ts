// Request headers: lower-case names, repeated headers joined.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path.startsWith('/inject-')) {
    // heads the server refuses; what the app writes next must not reach the client
    const heads: Record<string, HttpHeaders> = {
      '/inject-cr': { 'Content-Type': 'text/plain', 'X-Evil': 'a\r\nSet-Cookie: session=stolen' },
      '/inject-lf': { 'X-Evil': 'a\nLocation: //evil.example/' },
      '/inject-name': { 'X-Evil\r\nSet-Cookie': 'x=1' },
      '/inject-status': {},
    };
    res.writeHead(req.path === '/inject-status' ? 1000 : 200, heads[req.path]);
    res.write('Set-Cookie: leaked=1\r\n\r\n');
    res.end('leaked');
    return;
  }
  const names = Object.keys(req.headers);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  for (const k of names) res.write(`${k}=${req.headers[k]}\n`);
  res.end(`x-missing=${req.headers['x-missing']}\n`);
}).listen('127.0.0.1:18411');
