// Per-server state in closures; two servers on two ports; destroy both.
function makeServer(name: string, port: number) {
  let hits = 0;
  const s = Http.createServer((req, res) => {
    hits++;
    if (req.path === '/quit') { res.end(`${name} bye`); s.destroy(); return; }
    res.end(`${name} hits=${hits}`);
  });
  s.listen(`127.0.0.1:${port}`);
  return s;
}
makeServer('first', 18430);
makeServer('second', 18431);
