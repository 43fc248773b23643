// destroy() closes every client and the listener; the program then ends.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') {
    res.end('destroying');
    server.destroy();
    print('destroyed');
    return;
  }
  res.end('alive');
}).listen('127.0.0.1:18419');
server.on('close', (id) => print('closed', id));
