// node's server.listen(port, host): the device takes one 'host:port' string.
Http.createServer(function (req, res) {
  res.end(req.url);
}).listen(8000, '127.0.0.1');
// expect: TSFW1004 4:17
// hint: write listen('127.0.0.1:8000')
