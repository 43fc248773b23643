// connection and close events with connection ids.
const open: number[] = [];
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.end(`open=${open.length}`);
});
server.on('connection', (id) => { open.push(id); print('connection', id, 'open', open.length); });
server.on('close', (id) => { open.splice(open.indexOf(id), 1); print('close', id, 'open', open.length); });
server.listen(18420);
