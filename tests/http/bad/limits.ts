// The bad-input target: tight limits, static files, a handler that never ends.
let served = 0;
// 8 MB, as fast as its client reads it (more than the socket buffers hold);
// a client must take at least 200 KB/s of it (counted as bytes handed to the
// kernel, whose buffers take some 64 KB/s more of a slow reader on loopback)
const chunk = 'z'.repeat(65536);
const stream = Http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(128 * 65536) });
  let n = 0;
  const more = () => {
    while (n < 128) {
      n++;
      if (!res.write(chunk)) { res.on('drain', more); return; }
    }
    res.end();
  };
  more();
}).listen('127.0.0.1:18481', { min_send_rate: 200000, send_rate_window_ms: 1000 });
stream.on('error', (id, msg) => print('error', id, msg));
const server = Http.createServer((req, res) => {
  served++;
  if (req.path === '/quit') { res.end('bye'); server.destroy(); stream.destroy(); return; }
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
