// An error without an 'error' listener is printed to stderr; the app goes on.
Http.request({ hostname: '127.0.0.1', port: 1, path: '/nobody' }, function (res) {
  print('unexpected', res.statusCode);
}).end();
Http.get('http://127.0.0.1:18690/early-nothing');
setTimeout(function () { print('still running'); }, 300);
