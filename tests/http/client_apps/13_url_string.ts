// The URL string form: IPv4, [IPv6], query, fragment, default path.
const server = Http.createServer(function (req, res) {
  res.end(req.method + ' ' + req.url + ' host=' + req.headers['host']);
}).listen('[::1]:18613');
const urls = ['http://127.0.0.1:18690/fixed?x=1&y=two#frag', 'http://[::1]:18613/path/x?q=1', 'http://[::1]:18613', 'HTTP://[::1]:18613?only=query'];
function next(i: number): void {
  if (i >= urls.length) { server.destroy(); return; }
  Http.request(urls[i], function (res) {
    print(urls[i], '->', res.statusCode, JSON.stringify(res.body));
    next(i + 1);
  }).end();
}
next(0);
