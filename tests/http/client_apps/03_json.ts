// JSON both ways: write(object) sends its JSON; the server answers with JSON.
interface Reading { sensor: string; value: number; tags: string[] }
const server = Http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end({ got: req.body, type: req.headers['content-type'], len: req.headers['content-length'] });
}).listen('127.0.0.1:18603');

const reading: Reading = { sensor: 't1', value: 21.5, tags: ['a', 'b', 'ü'] };
Http.request({ hostname: '127.0.0.1', port: 18603, path: '/json', method: 'POST', headers: { 'Content-Type': 'application/json' } }, function (res) {
  print(res.statusCode, res.headers['content-type'], res.body);
  server.destroy();
}).end(reading);
