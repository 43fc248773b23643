// write() or end(data) on a request after end(), as node treats them: the
// request goes on, and the "write after end" error follows from the loop, to
// on('error') while the request runs, else to the log with the position of
// the call; a second end() without data is no error.
const server = Http.createServer(function (req, res) {
  res.end(req.method + ' ' + req.path + ' body=' + req.body);
}).listen('127.0.0.1:18628');
const r = Http.request({ hostname: '127.0.0.1', port: 18628, path: '/listener', method: 'POST' }, function (res) {
  print('listener:', res.body);
  r.write('after the response'); // no listener any more: logged
  const r2 = Http.request({ hostname: '127.0.0.1', port: 18628, path: '/none', method: 'PUT' }, function (res2) {
    print('none:', res2.body);
    server.destroy();
  });
  r2.end('one');
  r2.end('two'); // logged as uncaught
  r2.end();
  print('none: end returned');
});
r.on('error', function (e: Error) {
  print('listener: error event:', e.message);
});
r.end('body');
r.write('late');
print('listener: write returned');
