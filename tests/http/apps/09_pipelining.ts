// Pipelining: responses come back in request order, one per request.
let n = 0;
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  n++;
  if (req.path === '/chunked') { res.write('c1 '); res.end(`c2 #${n}`); }
  else res.end(`#${n} ${req.method} ${req.path} body=${req.body}`);
}).listen('127.0.0.1:18409');
