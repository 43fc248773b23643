/** Mixed request load for the valgrind test and the RSS soak. */
import { Conn, request } from "./httpclient";

const mix = [
  request("GET", "/small"),
  request("GET", "/json?x=1", { "X-Test": "yes" }),
  request("POST", "/echo", { "Content-Type": "text/plain" }, "payload ".repeat(50)),
  request("GET", "/later"),
  request("GET", "/chunks"),
  request("GET", "/hello.txt"),
  request("GET", "/digits.txt", { Range: "bytes=10-19" }),
  request("GET", "/hello.txt", { "If-Modified-Since": "Wed, 01 Jan 2031 00:00:00 GMT" }),
  request("GET", "/sub/"),
  request("GET", "/missing"),
  request("GET", "/big.bin"),
  request("HEAD", "/index.html"),
];

/** Sends total requests over `conns` parallel keep-alive connections in pipelined batches; a new connection every `reconnect` batches. */
export async function load(
  port: number,
  total: number,
  conns = 4,
  batch = 10,
  reconnect = 5,
  onProgress?: (done: number) => void,
): Promise<number> {
  let sent = 0,
    done = 0;
  const worker = async () => {
    let c: Conn | undefined;
    let batches = 0;
    while (sent < total) {
      const n = Math.min(batch, total - sent);
      sent += n;
      if (!c || batches++ % reconnect === 0) {
        c?.close();
        c = await Conn.open(port, "127.0.0.1");
      }
      const reqs: string[] = [],
        heads: boolean[] = [];
      for (let i = 0; i < n; i++) {
        const r = mix[(done + sent + i) % mix.length];
        reqs.push(r);
        heads.push(r.startsWith("HEAD"));
      }
      c.send(reqs.join(""));
      const rs = await c.read(n, heads, 60_000);
      for (const r of rs) if (r.status >= 500) throw new Error(`status ${r.status}`);
      const before = done;
      done += n;
      if (onProgress && Math.floor(before / 10_000) !== Math.floor(done / 10_000)) onProgress(done);
    }
    c?.close();
  };
  await Promise.all(Array.from({ length: conns }, worker));
  return done;
}
