// The client API's typings catch wrong options and callbacks before any C.
Http.request(42);
Http.request({ hostname: '127.0.0.1', port: '80' });
Http.request({ hostname: '127.0.0.1', protocol: 'ftp:' });
Http.get('http://x/', function (res) { const n: number = res.body; print(n); });
Http.request('http://x/').on('data', function (chunk: number) { print(chunk); });
Http.request('http://x/').end().abort().end();
// expect: TS2345 2:14
// expect: TS2322 3:39
// expect: TS2322 4:39
// expect: TS2322 5:46
// expect: TS2769 6:27
// expect: TS2339 7:41
