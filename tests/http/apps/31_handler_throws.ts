// Errors that escape callbacks: logged with the request, the server goes on.
// A handler that throws gets a 500 (or, once its response has started, a
// closed connection); a runtime error from bad input is caught the same way;
// a timer that throws does not stop the later timers.
interface Config {
  limit: number;
}
let served = 0;

function parseConfig(body: string): Config | undefined {
  return body.length > 0 ? { limit: body.length } : undefined;
}

const server = Http.createServer((req, res) => {
  served++;
  if (req.path === '/quit') {
    res.end('bye');
    server.destroy();
    return;
  }
  if (req.path === '/throw') throw new Error(`handler failed on request ${served}`);
  if (req.path === '/late') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('partial');
    throw new Error('failed after the head');
  }
  if (req.path === '/config') {
    const cfg = parseConfig(req.body);
    res.end(`limit ${(cfg as Config).limit}`);
    return;
  }
  if (req.path === '/ended') {
    res.end('done');
    throw new Error('failed after the end');
  }
  res.end(`ok ${served}`);
});
server.listen(18432);
setTimeout(() => {
  throw new Error('timer failed');
}, 5);
setTimeout(() => print('a later timer still runs'), 40);
