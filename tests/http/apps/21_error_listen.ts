// Listen errors arrive as 'error' events (id -1), after listen() returns.
const bad = Http.createServer((req, res) => { res.end('never'); }).listen('300.1.1.1:80');
bad.on('error', (id, msg) => print('bad address:', id, msg));
const bad2 = Http.createServer((req, res) => { res.end('never'); }).listen('[::1:80');
bad2.on('error', (id, msg) => print('bad v6:', id, msg));
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.end('ok');
}).listen('127.0.0.1:18421');
const busy = Http.createServer((req, res) => { res.end('never'); }).listen('127.0.0.1:18421');
busy.on('error', (id, msg) => print('busy:', id, msg));
print('started');
