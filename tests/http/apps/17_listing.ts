// Directory listing, with hidden files left out.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.serve({ document_root: 'tests/.work/http-www', enable_directory_listing: 'yes', hidden_file_pattern: '.*|*.md' });
}).listen('127.0.0.1:18417');
