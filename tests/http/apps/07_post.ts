// POST bodies: fixed and chunked, text and JSON-ish, echoed back.
let received = 0;
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  received += req.body.length;
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write(`${req.method} ${req.path} len=${req.body.length} total=${received}\n`);
  res.write(`type=${req.headers['content-type']}\n`);
  res.end(req.body.toUpperCase());
}).listen('127.0.0.1:18407');
