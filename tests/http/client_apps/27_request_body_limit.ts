// A request body is bounded (1048576 bytes): at the limit it is sent; one byte
// more fails the request through on('error') (or stderr without a listener)
// and nothing is sent.
const kb = 'x'.repeat(1024);
let half = '';
for (let i = 0; i < 512; i++) half += kb;
const ok = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/echo', method: 'POST', max_response_size: 2000000 },
  function (res) {
    print('at the limit:', res.statusCode, 'echoed body bytes', res.body.length - res.body.indexOf('\r\n\r\n') - 4);
    const over = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/echo', method: 'POST' }, function () {
      print('over the limit: answered (wrong)');
    });
    over.on('error', function (e) {
      print('over the limit:', e.message);
      const quiet = Http.request({ hostname: '127.0.0.1', port: 18690, path: '/echo?quiet', method: 'PUT' },
        function () { print('no listener: answered (wrong)'); });
      quiet.write(half);
      quiet.write(half);
      quiet.write(new Uint8Array(1));
      quiet.end('more, ignored');
      setTimeout(function () { print('still running'); }, 300);
    });
    over.write(half);
    over.end(half + '!');
  });
ok.write(half);
ok.end(half);
