// Bodies near and over the in-memory limit (1 MiB by default, or max_response_size).
function check(path: string, max: number, next: () => void): void {
  const req = Http.request({ hostname: '127.0.0.1', port: 18690, path: path, max_response_size: max }, function (res) {
    let sum = 0;
    for (let i = 0; i < res.body.length; i += 101) sum += res.body.charCodeAt(i);
    print(path, max, 'ok', res.statusCode, res.body.length, sum);
    next();
  });
  req.on('error', function (err) {
    print(path, max, 'error', err.message);
    next();
  });
  req.end();
}
check('/big?n=900000', 0, function () {
  check('/big?n=2000000', 0, function () {
    check('/big?n=5000', 4000, function () {
      check('/bigchunked?n=300000', 100000, function () {
        check('/big?n=3000', 4000, function () { print('done'); });
      });
    });
  });
});
