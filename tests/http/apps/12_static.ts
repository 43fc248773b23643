// Static files: index, MIME types, 404, directory redirect, symlink inside root.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.serve({ document_root: 'tests/.work/http-www' });
}).listen('127.0.0.1:18412');
