// ip_acl that keeps loopback out: the seed's example, a deny entry, a malformed list.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/seed.txt') res.serve({ document_root: 'tests/.work/http-www', ip_acl: '-0.0.0.0/0,+192.168/16' });
  else if (req.path === '/deny.txt') res.serve({ document_root: 'tests/.work/http-www', ip_acl: '+0.0.0.0/0,-127.0.0.1/32' });
  else res.serve({ document_root: 'tests/.work/http-www', ip_acl: '+127.0.0.1,bogus' });
}).listen('127.0.0.1:18416');
server.on('error', (id) => print('error event on connection', id));
