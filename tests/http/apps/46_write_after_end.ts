// Calls after the response is over, as node treats them: writeHead once the
// head went out throws (ERR_HTTP_HEADERS_SENT, catchable); write() or
// end(data) after end() returns as usual and the "write after end" error is
// logged from the loop with the request and the position of the call; a
// second end() without data is no error.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') {
    res.end('bye');
    server.destroy();
    return;
  }
  if (req.path === '/head-twice') {
    res.writeHead(201, { 'Content-Type': 'text/plain' });
    try {
      res.writeHead(500, { 'X-Late': 'yes' });
    } catch (e) {
      print('head-twice: caught', (e as Error).message);
    }
    res.end('created\n');
    return;
  }
  if (req.path === '/head-after-write') {
    res.write('started\n');
    res.writeHead(404); // throws: logged, the started response is cut off
    return;
  }
  if (req.path === '/write-after-end') {
    res.on('error', (e: Error) => print('never: the listeners go with end()', e.message));
    res.end('done\n');
    print('write-after-end: write returned', res.write('more'));
    res.end();
    print('write-after-end: the handler goes on');
    return;
  }
  if (req.path === '/end-after-end') {
    res.end('once\n');
    res.end('twice');
    return;
  }
  if (req.path === '/later') {
    res.end('now\n');
    setTimeout(() => {
      print('later: write returned', res.write('late'));
      try {
        res.writeHead(200);
      } catch (e) {
        print('later: caught', (e as Error).message);
      }
    }, 20);
    return;
  }
  res.end('other\n');
}).listen('127.0.0.1:18446');
