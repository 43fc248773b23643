// Requests whose objects the app does not keep still complete; many in sequence.
let n = 0;
const server = Http.createServer(function (req, res) {
  res.end('n=' + req.url.slice(1));
}).listen('127.0.0.1:18623');
function fire(i: number): void {
  Http.request({ hostname: '127.0.0.1', port: 18623, path: '/' + i }, function (res) {
    n++;
    if (i % 10 === 0) print(res.body);
    if (i < 40) fire(i + 1);
    else { print('completed', n); server.destroy(); }
  }).end();
}
fire(1);
