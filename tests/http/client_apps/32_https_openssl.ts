// Our client against `openssl s_server -www` (started by the runner on
// 18692 with the test CA's localhost certificate): a close-delimited
// HTTP/1.0 answer over TLS.
Http.get({ hostname: '127.0.0.1', servername: 'localhost', port: 18692, protocol: 'https:', path: '/' }, function (res) {
  print('status', res.statusCode, 'content-type', res.headers['content-type']);
  print('starts like s_server -www:', res.body.indexOf('<HTML><BODY BGCOLOR="#ffffff">') === 0);
  print('shows the session:', res.body.indexOf('Ciphers supported in s_server binary') > 0);
}).on('error', function (err) { print('error:', err.message); });
