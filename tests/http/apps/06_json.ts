// JSON: objects, arrays, nested values, numbers and strings with escapes.
interface Item { id: number; name: string; tags: string[] }
const items: Item[] = [];
for (let i = 0; i < 4; i++) items.push({ id: i, name: `item "${i}"\n`, tags: i % 2 ? ['odd'] : [] });
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  if (req.path === '/items') res.write(items);
  else if (req.path === '/nested') res.write({ x: { y: { z: [1.5, -0, 1e21, 'é'] } }, n: null });
  else res.write({ path: req.path, method: req.method });
  res.end();
}).listen('127.0.0.1:18406');
