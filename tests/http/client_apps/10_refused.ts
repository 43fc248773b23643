// Connection refused reaches on('error') as an Error with the runtime's message.
const req = Http.request({ hostname: '127.0.0.1', port: 1, path: '/x' }, function (res) {
  print('unexpected response', res.statusCode);
});
req.on('error', function (err) {
  print('error:', err.message);
  print('is an Error:', err instanceof Error);
  const v6 = Http.get('http://[::1]:1/', function (res) { print('unexpected', res.statusCode); });
  v6.on('error', function (e2) { print('v6 error:', e2.message); });
});
req.end();
