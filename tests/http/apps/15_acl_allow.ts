// ip_acl that lets loopback in.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path.startsWith('/v6')) res.serve({ document_root: 'tests/.work/http-www', ip_acl: '-0.0.0.0/0,+::1/128,+127.0.0.0/8' });
  else res.serve({ document_root: 'tests/.work/http-www', ip_acl: '-0.0.0.0/0,+127.0.0.1' });
}).listen('127.0.0.1:18415');
