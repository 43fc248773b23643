// binary: true gives the body as bytes, unchanged: a PNG signature and every
// byte value (most of them invalid UTF-8), whole in res.bytes and streamed as
// Uint8Array chunks; a binary request body makes the round trip too.
function sum(b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i++) s = (s * 31 + b[i]) % 1000000007;
  return s;
}
function pattern(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i++) if (b[i] !== (i - from) % 256) return false;
  return true;
}
Http.request({ hostname: '127.0.0.1', port: 18690, path: '/binary', binary: true }, function (res) {
  const b = res.bytes!;
  print('whole', res.statusCode, res.headers['content-type'], 'body', JSON.stringify(res.body), 'bytes', b.length);
  print('signature', Array.from(b.subarray(0, 8)).join(','), 'pattern intact', pattern(b, 8), 'sum', sum(b));
  let parts = 0;
  let total = 0;
  let all = new Uint8Array(0);
  const s = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/binary', binary: true }, function (r2) {
    print('streamed', total, 'bytes in more than one chunk:', parts > 1, 'same bytes:', sum(all) === sum(b),
      'bytes after streaming', r2.bytes!.length);
    Http.request({ hostname: '127.0.0.1', port: 18690, path: '/binary' }, function (r3) {
      print('as text: bytes', r3.bytes === undefined, 'U+FFFD', r3.body.indexOf('\ufffd') >= 0);
      const sent = new Uint8Array(256);
      for (let i = 0; i < 256; i++) sent[i] = 255 - i;
      const q = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/echo', method: 'POST', binary: true },
        function (r4) {
          const e = r4.bytes!;
          const tail = e.subarray(e.length - 256);
          let same = true;
          for (let i = 0; i < 256; i++) if (tail[i] !== sent[i]) same = false;
          print('echoed request body unchanged:', same);
        });
      q.end(sent);
    }).end();
  });
  s.on('data', function (chunk: Uint8Array) {
    parts++;
    total += chunk.length;
    const n = new Uint8Array(all.length + chunk.length);
    n.set(all, 0);
    n.set(chunk, all.length);
    all = n;
  });
  s.end();
}).end();
