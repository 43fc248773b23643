// destroy() closes every client and the listener; the program then ends.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') {
    res.end('destroying');
    server.destroy();
    destroyed = true;
    print('destroyed');
    return;
  }
  res.end('alive');
}).listen('127.0.0.1:18419');
// after destroy() the remaining connections close in no fixed order: no ids then
let destroyed = false;
server.on('close', (id) => { if (destroyed) print('closed after destroy'); else print('closed', id); });
