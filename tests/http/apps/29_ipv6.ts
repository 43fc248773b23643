// Listening on [::1]: remoteAddress is ::1.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.end(`hello ${req.remoteAddress}`);
}).listen('[::1]:18429');
