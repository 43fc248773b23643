// An HTTPS listen whose options never name ssl_cert, ssl_key or ssl_ca_cert:
// the compiler cannot see that the app needs the TLS server, so it is not
// linked in, and listen reports that through the 'error' event.
const opts: Record<string, string> = {};
const names = ["cert", "key"];
for (const n of names) opts["ssl_" + n] = "server." + n;
const server = Http.createServer((req: Request, res: Response) => res.end("never\n"));
server.on("error", (id: number, message: string) => print("server error", id, message));
server.listen("127.0.0.1:0", opts);
