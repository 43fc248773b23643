// A 6 MB body streamed with on('data'): no size limit, res.body is "".
let total = 0;
let chunks = 0;
let sum = 0;
let newlines = 0;
const req = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/big?n=6000000' }, function (res) {
  print('status', res.statusCode, 'length header', res.headers['content-length'], 'body', JSON.stringify(res.body));
  print('total', total, 'some chunks', chunks > 0, 'newlines', newlines, 'sum', sum);
  // then (not at the same time: the order printed would depend on timing) Http.get with a
  // chained on('data') also streams
  Http.get('http://127.0.0.1:18690/bigchunked?n=200000', function (res) {
    print('get streamed body', JSON.stringify(res.body));
  }).on('data', function (c) { if (c.length === 0) print('empty chunk'); });
});
req.on('data', function (chunk) {
  chunks++;
  for (let i = 0; i < chunk.length; i++) {
    if (((total + i) % 4096) === 0) sum += chunk.charCodeAt(i);
    if (chunk.charCodeAt(i) === 10) newlines++;
  }
  total += chunk.length;
});
req.end();
