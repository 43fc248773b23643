// HEAD: headers without bodies, dynamic and static.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/dyn') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '5' });
    res.end('hello');
  } else if (req.path === '/dyn-chunked') {
    res.write('abc');
    res.end();
  } else {
    res.serve({ document_root: 'tests/.work/http-www' });
  }
}).listen('127.0.0.1:18425');
