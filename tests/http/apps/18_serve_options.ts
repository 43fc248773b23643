// custom_mime_types, extra_headers, index_files, hidden files, 405.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.serve({
    document_root: 'tests/.work/http-www',
    custom_mime_types: '.foo=application/x-foo,.txt=text/x-custom',
    extra_headers: 'X-Served-By: tsfw\r\nCache-Control: max-age=60',
    index_files: 'index.htm,default.txt',
    hidden_file_pattern: 'secret*|**.bak',
  });
}).listen('127.0.0.1:18418');
