// GET, then POST with headers (the seed's request), against our own server.
const server = Http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Echo-Method': req.method });
  res.end(req.method + ' ' + req.url + ' myheader=' + req.headers['myheader'] + ' body=' + req.body);
}).listen('127.0.0.1:18601');

Http.request({ hostname: '127.0.0.1', port: 18601, path: '/get?x=1' }, function (res) {
  print('GET', res.statusCode, res.body, res.headers['x-echo-method'], res.headers['content-type']);
  const client = Http.request({
    hostname: '127.0.0.1',
    port: 18601,
    path: '/hello',
    method: 'POST',
    headers: { MyHeader: 'hi there' }
  }, function (res2) {
    print('in reply handler', res2.statusCode, res2.body);
    server.destroy();
  }).end('this is POST data');
  print('request object:', typeof client);
}).end();
print('sent');
