// A peer can make a handler throw as often as it likes: the log keeps 10
// lines every 10 s and counts the others in one line.
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') {
    res.end('bye');
    server.destroy();
    return;
  }
  throw new Error(`refused ${req.path}`);
});
server.listen(18435);
