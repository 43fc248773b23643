// example_server.ts - the seed-style device app used by the emulated runs
// and by `make size`: a counter, a JSON status endpoint, echo, a delayed
// reply from a timer and static files from fs/www.
let hits = 0;
const started = 0;

interface Status {
  hits: number;
  uptime: number;
  device: string;
}

function status(): Status {
  return { hits: hits, uptime: started, device: "tsfw-emu" };
}

const server = Http.createServer((req: Request, res: Response) => {
  hits++;
  print("request", hits, req.method, req.url);
  if (req.path === "/") {
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("hello from tsfw, visit " + hits + "\n");
  } else if (req.path === "/status") {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(status());
  } else if (req.path === "/echo" && req.method === "POST") {
    res.end(req.body.toUpperCase());
  } else if (req.path === "/later") {
    setTimeout(() => {
      res.end("later, hits=" + hits + "\n");
    }, 200);
  } else {
    res.serve({ document_root: "fs/www" });
  }
});
server.on("connection", (id: number) => print("connection", id));
server.on("close", (id: number) => print("close", id));
server.listen(8000);
print("listening on 8000");
