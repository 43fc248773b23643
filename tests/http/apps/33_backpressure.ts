// Backpressure, node's contract: write() returns false once the queue reaches
// the high-water mark and 'drain' follows; a write past the send buffer limit
// queues nothing, gives the response up and tells the app (its 'error'
// listener, or a throw that is logged) - never a silent empty reply.
const k10 = 'x'.repeat(10240);
const k64 = 'y'.repeat(65536);
let served = 0;
const server = Http.createServer((req, res) => {
  served++;
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/small') {
    const a = res.write('a');
    const b = res.write('b');
    print('small: write returned', a, b);
    res.end();
    return;
  }
  if (req.path === '/drain') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    const ok: boolean[] = [];
    for (let i = 0; i < 3; i++) ok.push(res.write(k10));
    print('drain: write returned', ok.join(','));
    res.on('drain', () => {
      print('drain: event');
      res.end('done\n');
    });
    return;
  }
  if (req.path === '/over-end') {
    res.end(k64.repeat(17)); // throws: answered 500, the error logged with its position
    return;
  }
  if (req.path === '/over-write') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    for (let i = 0; i < 40; i++) {
      print('over-write: write', i);
      res.write(k64); // the 16th throws: the response is cut off, the error logged
    }
    return;
  }
  if (req.path === '/over-listener') {
    res.on('error', (e: Error) => print('over-listener: error event:', e.message));
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    let n = 0;
    for (let i = 0; i < 40; i++) if (!res.write(k64)) n++;
    print('over-listener: the handler returns;', n, 'writes returned false');
    return;
  }
  res.end(`served=${served}\n`);
}).listen('127.0.0.1:18433');
server.on('error', (id: number, msg: string) => print('server error:', msg.slice(msg.indexOf(' ', 5) + 1)));
