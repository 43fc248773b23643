// Several requests at once; results printed in a fixed order.
const results: string[] = [];
let left = 5;
const server = Http.createServer(function (req, res) {
  const ms = Number(req.url.slice(1)) * 20;
  setTimeout(function () { res.end('slept ' + ms); }, ms);
}).listen('127.0.0.1:18624');
for (let i = 0; i < 5; i++) {
  const idx = 4 - i;
  Http.get('http://127.0.0.1:18624/' + idx, function (res) {
    results[idx] = res.body;
    left--;
    if (left === 0) { print(results.join(' | ')); server.destroy(); }
  });
}
