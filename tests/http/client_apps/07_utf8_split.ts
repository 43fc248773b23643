// Multi-byte characters split between TCP segments: chunks never split a
// character; invalid bytes become U+FFFD in the body and in chunks.
let streamed = '';
let bad = 0;
const req = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/utf8' }, function (res) {
  print('streamed', streamed, 'length', streamed.length, 'replacement chars', bad);
  Http.request({ hostname: '127.0.0.1', port: 18690, path: '/utf8' }, function (r2) {
    print('whole', r2.body, r2.body === streamed);
    let inv = '';
    const q = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/invalid-utf8' }, function (r3) {
      print('streamed invalid: body', JSON.stringify(r3.body));
      Http.request({ hostname: '127.0.0.1', port: 18690, path: '/invalid-utf8' }, function (r4) {
        print('invalid', JSON.stringify(r4.body), 'streamed the same:', inv === r4.body);
      }).end();
    });
    q.on('data', function (c) { inv += c; });
    q.end();
  }).end();
});
req.on('data', function (chunk) {
  for (let i = 0; i < chunk.length; i++) if (chunk.charCodeAt(i) === 0xfffd) bad++;
  streamed += chunk;
});
req.end();
