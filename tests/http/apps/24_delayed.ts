// A response finished later, from a timer.
let pending = 0;
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  pending++;
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('start;');
  const delay = parseInt(req.query) || 20;
  setTimeout(() => {
    res.write('middle;');
    setTimeout(() => { pending--; res.end(`end after ${delay} pending=${pending}`); }, delay);
  }, delay);
}).listen('127.0.0.1:18424');
