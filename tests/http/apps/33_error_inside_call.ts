// An error found inside one of the app's calls (a header value the runtime
// refuses, in res.writeHead) reaches server.on('error') after the app's
// code returns, from the loop: never in the middle of the app's code.
let inHandler = false;
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  inHandler = true;
  print('before writeHead');
  res.writeHead(200, { 'X-Bad': 'a\nb' });
  print('after writeHead');
  inHandler = false;
  res.end('ok');
});
server.on('error', (id, msg) => print('error event; inside the handler:', inHandler));
server.listen('127.0.0.1:18490');
