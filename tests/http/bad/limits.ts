// The bad-input target: tight limits, static files, a handler that never ends.
let served = 0;
const server = Http.createServer((req, res) => {
  served++;
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/hang') return;              // never ends its response
  if (req.path === '/hang-partial') { res.writeHead(200); res.write('partial'); return; }
  if (req.path === '/echo') { res.end(`len=${req.body.length}`); return; }
  if (req.path === '/count') { res.end(`served=${served}`); return; }
  res.serve({ document_root: 'tests/.work/http-www' });
}).listen('127.0.0.1:18480', {
  max_header_size: 2048,
  max_body_size: 4096,
  max_connections: 16,
  idle_timeout_ms: 1000,
  request_timeout_ms: 1000,
  response_timeout_ms: 1500,
});
server.on('error', (id, msg) => print('error', id, msg));
