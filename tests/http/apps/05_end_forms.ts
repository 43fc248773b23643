// end() with a string, with nothing, with an object; write() before writeHead.
const server = Http.createServer((req, res) => {
  switch (req.path) {
    case '/quit': res.end('bye'); server.destroy(); return;
    case '/str': res.end('just a string'); break;
    case '/empty': res.end(); break;
    case '/obj': res.end({ a: 1, b: [true, null, 'x'] }); break;
    case '/implicit': res.write('implicit head '); res.write('and chunks'); res.end(); break;
    case '/head-then-end': res.writeHead(202); res.end('accepted'); break;
    default: res.writeHead(404); res.end();
  }
}).listen('127.0.0.1:18405');
