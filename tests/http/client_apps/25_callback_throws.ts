// Client callbacks that throw are logged with their request and the app goes
// on: the response callback, a 'data' callback (the request is then aborted)
// and an 'error' callback. Each step starts the next before it throws.
const server = Http.createServer((req, res) => {
  if (req.path === '/stream') {
    res.write('first chunk');
    setTimeout(() => res.end('second chunk'), 50);
    return;
  }
  res.end(`served ${req.path}`);
});
server.listen('127.0.0.1:18660');

function last(): void {
  Http.get('http://127.0.0.1:18660/last', (res) => {
    print('last:', res.body);
    server.destroy();
  });
}

function refused(): void {
  Http.get('http://127.0.0.1:1/refused', (res) => print('unexpected', res.statusCode)).on('error', (e) => {
    print('error callback:', e.message);
    last();
    throw e;
  });
}

function stream(): void {
  const r = Http.request({ hostname: '127.0.0.1', port: 18660, path: '/stream' }, (res) => {
    print('not reached: the request was aborted', res.statusCode);
  });
  r.on('data', (chunk) => {
    print('data callback:', chunk);
    refused();
    throw new Error('data callback failed');
  });
  r.end();
}

Http.get('http://127.0.0.1:18660/first', (res) => {
  print('response callback:', res.body);
  stream();
  throw new Error('response callback failed');
});
