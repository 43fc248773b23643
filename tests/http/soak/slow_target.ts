// The target of make soak-slow (tests/http/soak_slow.py): the device's
// default limits, a small answer, and a 256 KB one written with backpressure
// (the next 16 KB only after 'drain') for the slow-read attack.
const chunk = 'z'.repeat(16384);
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/big') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(16 * chunk.length) });
    let sent = 0;
    const pump = () => {
      while (sent < 16) {
        sent++;
        if (!res.write(chunk)) return;
      }
      res.end();
    };
    res.on('drain', pump);
    pump();
    return;
  }
  res.end('hello\n');
}).listen('127.0.0.1:18491');
