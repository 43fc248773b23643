// Keep-alive: several requests on one connection share the counter.
let count = 0;
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  count++;
  res.end(`request ${count} for ${req.path}\n`);
}).listen('127.0.0.1:18408');
server.on('connection', (id) => print('connection', id));
server.on('close', (id) => print('close', id));
