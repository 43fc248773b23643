// Connections closed before the response was complete are errors.
const paths = ['/early-cl', '/early-chunked', '/early-headers', '/early-nothing'];
function next(i: number): void {
  if (i >= paths.length) { print('done'); return; }
  const req = Http.request({ hostname: '127.0.0.1', port: 18690, path: paths[i] }, function (res) {
    print(paths[i], 'unexpected response', res.statusCode);
    next(i + 1);
  });
  req.on('error', function (err) {
    print(paths[i], 'error:', err.message);
    next(i + 1);
  });
  req.end();
}
next(0);
