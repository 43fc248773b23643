// Request headers: lower-case names, repeated headers joined.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  const names = Object.keys(req.headers);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  for (const k of names) res.write(`${k}=${req.headers[k]}\n`);
  res.end(`x-missing=${req.headers['x-missing']}\n`);
}).listen('127.0.0.1:18411');
