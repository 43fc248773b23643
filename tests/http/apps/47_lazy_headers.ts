// The request's headers (and its url, query, body and remoteAddress) are
// made when the handler first reads them.  Read at once, after a timer,
// iterated, changed, serialized, spread, or kept past the request, they are
// what node gives.
let kept: Request | undefined;
const server = Http.createServer((req, res) => {
  const p = req.path;
  if (p === '/read') {
    res.end(`one=${req.headers['x-one']} host=${req.headers.host} missing=${req.headers['x-none']}`);
  } else if (p === '/timer') {
    setTimeout(() => {
      res.end(`one=${req.headers['x-one']} query=${req.query} url=${req.url} from=${req.remoteAddress}`);
    }, 10);
  } else if (p === '/iterate') {
    const parts: string[] = [];
    for (const k in req.headers) parts.push(`${k}=${req.headers[k]}`);
    for (const [k, v] of Object.entries(req.headers)) parts.push(`${k}:${v}`);
    res.end(parts.join(',') + ' ' + Object.keys(req.headers).join('|') + ' ' + Object.values(req.headers).length);
  } else if (p === '/mutate') {
    const h = req.headers;
    h['x-added'] = 'yes';
    delete h['x-one'];
    res.end(JSON.stringify({ added: req.headers['x-added'], one: 'x-one' in req.headers, same: h === req.headers }));
  } else if (p === '/json') {
    res.end(JSON.stringify(req));
  } else if (p === '/spread') {
    const copy = { ...req };
    res.end(`${copy.method} ${copy.url} ${copy.headers['x-one']} ${Object.keys(copy).join(',')}`);
  } else if (p === '/keep') {
    kept = req;
    res.end('kept');
  } else if (p === '/kept') {
    res.end(kept ? `${kept.url} ${kept.headers['x-one']} ${kept.body} ${JSON.stringify(kept.headers)}` : 'none');
  } else if (p === '/unread') {
    res.end('nothing read');
  } else if (p === '/quit') {
    res.end('bye');
    server.destroy();
  } else {
    res.writeHead(404);
    res.end('no such test');
  }
}).listen('127.0.0.1:18447');
