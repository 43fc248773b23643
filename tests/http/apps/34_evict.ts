// Slots full: the connection that has gone longest without a complete request
// is closed for the newcomer (per address, then in all); a 503 only when every
// connection is being answered.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/hold') { setTimeout(() => res.end('released\n'), 400); return; }
  res.end(`hello ${req.path}\n`);
}).listen('127.0.0.1:18434', { max_connections: 3, max_connections_per_address: 2 });
server.on('error', (id: number, msg: string) => print('server error:', msg.slice(msg.indexOf(' ', 5) + 1)));
