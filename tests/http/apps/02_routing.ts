// Routing on method, path and query.
const routes: Record<string, string> = { '/': 'root', '/a': 'route a', '/a/b': 'route a/b' };
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  const r = routes[req.path];
  if (req.method === 'DELETE') {
    res.writeHead(405, { 'Allow': 'GET, POST' });
    res.end();
  } else if (r !== undefined) {
    res.end(`${req.method} ${r} q=${req.query}`);
  } else if (req.path.startsWith('/user/')) {
    const id = req.path.substring(6);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end({ user: id, query: req.query, url: req.url });
  } else {
    res.writeHead(404);
    res.end('no route for ' + req.path);
  }
}).listen('127.0.0.1:18402');
