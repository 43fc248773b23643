// Mixed traffic for the valgrind and RSS soak runs: dynamic text, JSON,
// POST echo, timers, static files (ranges, 304, listing), 404s.
let hits = 0;
const recent: string[] = [];
const server = Http.createServer((req, res) => {
  hits++;
  if (req.path === '/quit') { res.end(`bye after ${hits}`); server.destroy(); return; }
  recent.push(req.path);
  if (recent.length > 20) recent.shift();
  switch (req.path) {
    case '/small': res.end('hello'); break;
    case '/json': res.writeHead(200, { 'Content-Type': 'application/json' }); res.end({ hits, recent, req }); break;
    case '/echo': res.writeHead(200); res.write(req.body); res.end(`/${req.body.length}`); break;
    case '/later': setTimeout(() => res.end(`later ${hits}`), 1); break;
    case '/chunks': res.writeHead(200); for (let i = 0; i < 10; i++) res.write(`chunk ${i};`); res.end(); break;
    default: res.serve({ document_root: 'tests/.work/http-www', enable_directory_listing: 'yes' });
  }
}).listen('127.0.0.1:18490');
