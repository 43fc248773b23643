// Large bodies: a 200 KB dynamic response and a 300 KB static file.
const block = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(100);
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/dyn') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    for (let i = 0; i < 56; i++) res.write(block);
    res.end();
  } else {
    res.serve({ document_root: 'tests/.work/http-www' });
  }
}).listen('127.0.0.1:18427');
