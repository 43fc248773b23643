// Benchmark app: a small dynamic response and static files.  wrk's 50
// connections all come from 127.0.0.1, past the default per-address limit.
const server = Http.createServer((req, res) => {
  if (req.path === '/small') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '12' });
    res.end('hello world\n');
  } else {
    res.serve({ document_root: 'build/bench/www' });
  }
}).listen('127.0.0.1:18500', { max_connections: 128, max_connections_per_address: 128 });
