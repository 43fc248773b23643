/**
 * The scripted requests of the differential HTTP tests (tests/http/apps),
 * and the static tree they serve (tests/.work/http-www, rebuilt with fixed
 * contents and mtimes so that ETags and dates agree between runs).
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { Conn, Resp, connect, request } from "./httpclient";

export const wwwRoot = (root: string) => path.join(root, "tests", ".work", "http-www");
export const FIXED_MTIME = 1_700_000_000; // 2023-11-14T22:13:20Z

export function prepareWww(root: string): void {
  const www = wwwRoot(root);
  const secret = path.join(root, "tests", ".work", "http-secret");
  fs.rmSync(www, { recursive: true, force: true });
  fs.rmSync(secret, { recursive: true, force: true });
  fs.mkdirSync(www, { recursive: true });
  fs.mkdirSync(secret, { recursive: true });
  fs.writeFileSync(path.join(secret, "secret.txt"), "TOP SECRET outside the root\n");
  const files: Record<string, string | Buffer> = {
    "index.html": "<h1>home</h1>\n",
    "hello.txt": "hello static\n",
    "data.json": '{"static":true}\n',
    "style.css": "body { color: red; }\n",
    "digits.txt": "0123456789".repeat(10),
    "file.foo": "foo content\n",
    "notes.md": "# notes\n",
    ".hidden.txt": "hidden\n",
    "secret-plans.txt": "plans\n",
    "old.bak": "backup\n",
    "name with space.txt": "spaced\n",
    "caf\u00e9.txt": "utf8 name\n",
    "empty.txt": "",
    "big.bin": Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => (i * 7 + (i >> 10)) & 255)),
    "sub/a.txt": "sub a\n",
    "sub/b.md": "sub b\n",
    "sub/.dot": "dot\n",
    "sub/inner/c.txt": "inner c\n",
    "docs/index.htm": "<p>docs index.htm</p>\n",
    "alt/default.txt": "alt default\n",
    "alt/index.html": "alt index.html\n",
  };
  for (const [name, data] of Object.entries(files)) {
    const p = path.join(www, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
  }
  fs.symlinkSync(path.join(secret, "secret.txt"), path.join(www, "link_out.txt"));
  fs.symlinkSync(secret, path.join(www, "link_dir_out"));
  fs.symlinkSync("hello.txt", path.join(www, "link_in.txt"));
  const touch = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) touch(p);
      if (!e.isSymbolicLink()) fs.utimesSync(p, FIXED_MTIME, FIXED_MTIME);
    }
    fs.utimesSync(dir, FIXED_MTIME, FIXED_MTIME);
  };
  touch(www);
}

export function etagOf(root: string, file: string): string {
  const st = fs.statSync(path.join(wwwRoot(root), file));
  return `"${Math.floor(st.mtimeMs / 1000).toString(16)}.${st.size.toString(16)}"`;
}

/** What a step observed, in a form both servers must agree on. */
export interface Observed {
  step: string;
  status?: number;
  headers?: Record<string, string>;
  framing?: string;
  body?: string;
  closed?: boolean;
}

const ignoredHeaders = new Set(["date", "connection", "keep-alive"]);

export function observe(step: string, r: Resp): Observed {
  const headers: Record<string, string> = {};
  for (const [k, v] of r.headers)
    if (!ignoredHeaders.has(k)) headers[k] = headers[k] === undefined ? v : `${headers[k]}, ${v}`;
  return { step, status: r.status, headers, framing: r.framing, body: r.body.toString("latin1") };
}

export interface Ctx {
  host: string;
  port: number;
  root: string;
  out: Observed[];
}

/** One request on a new connection. */
export async function one(ctx: Ctx, raw: string, head = false): Promise<void> {
  const c = await Conn.open(ctx.port, ctx.host);
  try {
    c.send(raw);
    const [r] = await c.read(1, [head]);
    ctx.out.push(observe(raw.split("\r\n")[0], r));
  } finally {
    c.close();
  }
}

export async function get(ctx: Ctx, p: string, headers: Record<string, string> = {}): Promise<void> {
  await one(ctx, request("GET", p, headers));
}

/** Several requests on one connection (sequentially, or pipelined in one write). */
export async function onConn(ctx: Ctx, raws: string[], pipelined = false, heads: boolean[] = []): Promise<Conn> {
  const c = await Conn.open(ctx.port, ctx.host);
  if (pipelined) {
    c.send(raws.join(""));
    const rs = await c.read(raws.length, heads);
    rs.forEach((r, i) => ctx.out.push(observe(`pipelined ${i}: ${raws[i].split("\r\n")[0]}`, r)));
  } else {
    for (let i = 0; i < raws.length; i++) {
      c.send(raws[i]);
      const [r] = await c.read(1, [heads[i] ?? false]);
      ctx.out.push(observe(`keep-alive ${i}: ${raws[i].split("\r\n")[0]}`, r));
    }
  }
  return c;
}

/** A request whose response is cut off (its handler failed after the
 *  head): the status, the body bytes that came, and that the server closed. */
export async function truncated(ctx: Ctx, p: string): Promise<void> {
  const c = await Conn.open(ctx.port, ctx.host);
  try {
    c.send(request("GET", p));
    const closed = await c.closed(5000);
    const text = c.buf.toString("latin1");
    const head = text.indexOf("\r\n\r\n");
    const body = head < 0 ? text : text.slice(head + 4);
    ctx.out.push({
      step: `truncated GET ${p}`,
      status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0),
      // a long body by its length and its end
      body: body.length > 4096 ? `${body.length} bytes ending ${JSON.stringify(body.slice(-40))}` : body,
      closed,
    });
  } finally {
    c.close();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Case {
  host?: string;
  port?: number;
  /** No /quit at the end: the app ends by itself. */
  selfExit?: boolean;
  run?: (ctx: Ctx) => Promise<void>;
}

const G = (p: string, h: Record<string, string> = {}) => request("GET", p, h);

export const cases: Record<string, Case> = {
  "01_hello": {
    port: 18401,
    run: async (ctx) => {
      await get(ctx, "/hello");
      await one(ctx, request("POST", "/hello", { "X-Thing": "1", "Content-Type": "text/plain" }, "this is POST data"));
      await get(ctx, "/other");
    },
  },
  "02_routing": {
    port: 18402,
    run: async (ctx) => {
      for (const p of ["/", "/a", "/a/b", "/a?x=1&y=2", "/user/42?full=1", "/user/%7Ejo", "/nope", "/a/b/"])
        await get(ctx, p);
      await one(ctx, request("DELETE", "/a"));
      await one(ctx, request("POST", "/a", {}, "x=1"));
      // the query ends at '#'; an absolute-form target is served by its path (RFC 9112 3.2.2)
      for (const p of ["/a?x=1#frag", "/user/7#f?g", "http://test/user/9?q=1#f", "HTTP://test:80/a", "http://test"])
        await get(ctx, p);
      // RFC 9110/9112: what the server refuses before the handler runs
      for (const raw of [
        "FOO /a HTTP/1.1\r\nHost: test\r\n\r\n", // unknown method: 501
        "GET /a HTTP/2.0\r\nHost: test\r\n\r\n", // not HTTP/1.x: 505
        "GET /a HTTP/1.1\r\n\r\n", // no Host: 400
        "GET /a HTTP/1.1\r\nHost: test\r\nHost: other\r\n\r\n", // two: 400
        "GET /a HTTP/1.1\r\nHost: test\r\n: empty\r\n\r\n", // empty header name: 400
        "GET /a HTTP/1.1\rHost: test\r\n\r\n", // bare CR: 400
        "GET /a HTTP/1.0\r\n\r\n", // HTTP/1.0 needs no Host
      ])
        await one(ctx, raw);
    },
  },
  "03_fixed_body": {
    port: 18403,
    run: async (ctx) => {
      await get(ctx, "/");
      await onConn(ctx, [G("/1"), G("/2")]).then((c) => c.close());
    },
  },
  "04_chunked": {
    port: 18404,
    run: async (ctx) => {
      await get(ctx, "/");
      await get(ctx, "/?0");
      await get(ctx, "/?40");
    },
  },
  "05_end_forms": {
    port: 18405,
    run: async (ctx) => {
      for (const p of ["/str", "/empty", "/obj", "/implicit", "/head-then-end", "/missing"]) await get(ctx, p);
    },
  },
  "06_json": {
    port: 18406,
    run: async (ctx) => {
      for (const p of ["/items", "/nested", "/x"]) await get(ctx, p);
    },
  },
  "07_post": {
    port: 18407,
    run: async (ctx) => {
      await one(ctx, request("POST", "/form", { "Content-Type": "application/x-www-form-urlencoded" }, "a=1&b=two"));
      await one(ctx, request("PUT", "/json", { "Content-Type": "application/json" }, '{"k":[1,2,3]}'));
      await one(
        ctx,
        request(
          "POST",
          "/chunked",
          { "Transfer-Encoding": "chunked", "Content-Type": "text/plain" },
          "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        ),
      );
      await one(ctx, request("POST", "/empty", { "Content-Length": "0" }, ""));
      // Expect: 100-continue: the 100 comes before the body is sent
      {
        const c = await Conn.open(ctx.port, ctx.host);
        c.send("POST /expect HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        const [cont] = await c.read(1, [], 900); // curl waits 1 s for it
        ctx.out.push(observe("Expect: 100-continue, before the body", cont));
        c.send("abcd");
        ctx.out.push(observe("Expect: 100-continue, after the body", (await c.read(1))[0]));
        c.close();
      }
      await one(ctx, request("POST", "/big", { "Content-Type": "text/plain" }, "z".repeat(100_000)));
    },
  },
  "08_keepalive": {
    port: 18408,
    run: async (ctx) => {
      const c = await onConn(ctx, [G("/one"), G("/two"), request("POST", "/three", {}, "body"), G("/four")]);
      c.close();
      await sleep(200);
      const c2 = await onConn(ctx, [G("/five"), G("/six", { Connection: "close" })]);
      ctx.out.push({ step: "server closes after Connection: close", closed: await c2.closed(5000) });
      await sleep(200);
    },
  },
  "09_pipelining": {
    port: 18409,
    run: async (ctx) => {
      const c = await onConn(ctx, [G("/a"), request("POST", "/b", {}, "pipelined body"), G("/chunked"), G("/c")], true);
      c.close();
      const c2 = await Conn.open(ctx.port, ctx.host);
      c2.send(G("/d") + G("/e", { Connection: "close" }) + G("/never"));
      const rs = await c2.read(2);
      rs.forEach((r, i) => ctx.out.push(observe(`pipelined with close ${i}`, r)));
      ctx.out.push({
        step: "closed after Connection: close, later requests dropped",
        closed: (await c2.closed(5000)) && c2.buf.length === 0,
      });
      c2.close();
    },
  },
  "10_status": {
    port: 18410,
    run: async (ctx) => {
      for (const p of ["/200", "/201", "/204", "/301", "/404", "/418", "/500", "/503"]) await get(ctx, p);
    },
  },
  "11_headers": {
    port: 18411,
    run: async (ctx) => {
      await one(
        ctx,
        "GET /h HTTP/1.1\r\nHost: test\r\nX-Dup: one\r\nX-Dup: two\r\nMixed-CASE: Value\r\nAccept: */*\r\nX-Empty:\r\n\r\n",
      );
      await one(ctx, "GET /h HTTP/1.1\r\nHost: test\r\nX-Latin: caf\xe9\r\n\r\n");
      // a head the server refuses to send: 500, nothing of the app's in it, connection closed
      for (const p of ["/inject-cr", "/inject-lf", "/inject-name", "/inject-status"]) {
        const c = await Conn.open(ctx.port, ctx.host);
        c.send(request("GET", p));
        const [r] = await c.read(1);
        ctx.out.push({ ...observe(`GET ${p}`, r), closed: await c.closed(5000) });
        c.close();
      }
    },
  },
  "12_static": {
    port: 18412,
    run: async (ctx) => {
      for (const p of [
        "/",
        "/index.html",
        "/hello.txt",
        "/data.json",
        "/style.css",
        "/missing.txt",
        "/sub",
        "/sub?x=1",
        "/docs/",
        "/name%20with%20space.txt",
        "/caf%C3%A9.txt",
        "/link_in.txt",
        "/empty.txt",
        "/./hello.txt",
        "/sub/../hello.txt",
        "//hello.txt",
        // a file is not a directory; redirects are paths on this host, whatever the target
        "/hello.txt/",
        "/sub/a.txt/?x=1",
        "//evil.example/..",
        "//evil.example/../sub?x=1",
        "/.//evil.example/../sub",
        "/sub#?x",
        "/sub?a=1#frag",
        "/%2fevil.example/..",
        "/%5cevil.example/..",
        "http://evil.example/sub",
        "http://evil.example//sub",
        "http://other.example/hello.txt",
      ])
        await get(ctx, p);
      await one(ctx, request("POST", "/hello.txt", {}, "x"));
    },
  },
  "13_ranges": {
    port: 18413,
    run: async (ctx) => {
      for (const r of [
        "bytes=0-9",
        "bytes=10-",
        "bytes=-5",
        "bytes=95-200",
        "bytes=100-",
        "bytes=0-0",
        "bytes=1-2,4-5",
        "bytes=5-2",
        "items=0-1",
        "bytes=-0",
      ])
        await get(ctx, "/digits.txt", { Range: r });
      await get(ctx, "/big.bin", { Range: "bytes=100000-100099" });
      await get(ctx, "/empty.txt", { Range: "bytes=0-1" });
    },
  },
  "14_conditional": {
    port: 18414,
    run: async (ctx) => {
      const etag = etagOf(ctx.root, "hello.txt");
      await get(ctx, "/hello.txt", { "If-None-Match": etag });
      await get(ctx, "/hello.txt", { "If-None-Match": `"other", ${etag}` });
      await get(ctx, "/hello.txt", { "If-None-Match": '"nope"' });
      await get(ctx, "/hello.txt", { "If-None-Match": "*" });
      await get(ctx, "/hello.txt", { "If-Modified-Since": "Wed, 01 Jan 2031 00:00:00 GMT" });
      await get(ctx, "/hello.txt", { "If-Modified-Since": "Tue, 14 Nov 2023 22:13:20 GMT" });
      await get(ctx, "/hello.txt", { "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" });
      await get(ctx, "/hello.txt", { "If-Modified-Since": "garbage" });
      await get(ctx, "/", { "If-None-Match": etagOf(ctx.root, "index.html") });
      // entity-tag lists (RFC 9110 13.1.1-2), If-Match, If-Unmodified-Since, If-Range
      const conditions: Record<string, string>[] = [
        { "If-None-Match": `W/${etag}` },
        { "If-None-Match": '"x", *' },
        { "If-None-Match": `"a${etag}"` },
        { "If-None-Match": `${etag}${etag}` },
        { "If-Match": `"x", ${etag}` },
        { "If-Match": '"nope"' },
        { "If-Match": "*" },
        { "If-Match": `W/${etag}` },
        { "If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" },
        { "If-Unmodified-Since": "Wed, 01 Jan 2031 00:00:00 GMT" },
        { "If-Range": etag, Range: "bytes=0-3" },
        { "If-Range": '"old"', Range: "bytes=0-3" },
        { "If-Range": `W/${etag}`, Range: "bytes=0-3" },
        { "If-Range": "Tue, 14 Nov 2023 22:13:20 GMT", Range: "bytes=0-3" },
        { "If-Range": "Mon, 01 Jan 2001 00:00:00 GMT", Range: "bytes=0-3" },
      ];
      for (const h of conditions) await get(ctx, "/hello.txt", h);
    },
  },
  "15_acl_allow": {
    port: 18415,
    run: async (ctx) => {
      await get(ctx, "/hello.txt");
      await get(ctx, "/v6/");
      await get(ctx, "/missing");
    },
  },
  "16_acl_deny": {
    port: 18416,
    run: async (ctx) => {
      await get(ctx, "/seed.txt");
      await get(ctx, "/deny.txt");
      await get(ctx, "/hello.txt");
    },
  },
  "17_listing": {
    port: 18417,
    run: async (ctx) => {
      for (const p of ["/sub/", "/sub/inner/", "/docs/", "/sub/b.md", "/.hidden.txt", "/sub/.dot", "/sub"])
        await get(ctx, p);
    },
  },
  "18_serve_options": {
    port: 18418,
    run: async (ctx) => {
      for (const p of [
        "/file.foo",
        "/hello.txt",
        "/docs/",
        "/alt/",
        "/secret-plans.txt",
        "/old.bak",
        "/sub/",
        "/style.css",
      ])
        await get(ctx, p);
      await one(ctx, request("PUT", "/hello.txt", {}, "x"));
    },
  },
  "19_destroy": {
    port: 18419,
    run: async (ctx) => {
      const idle = await onConn(ctx, [G("/a")]);
      await get(ctx, "/b");
      await sleep(100);
      await get(ctx, "/quit");
      ctx.out.push({ step: "idle keep-alive client closed by destroy", closed: await idle.closed(5000) });
      await sleep(100);
      let refused = false;
      try {
        (await connect(ctx.port, ctx.host, 0)).destroy();
      } catch {
        refused = true;
      }
      ctx.out.push({ step: "listener closed", closed: refused });
    },
    selfExit: true,
  },
  "20_events": {
    port: 18420,
    run: async (ctx) => {
      for (let i = 0; i < 3; i++) {
        const c = await onConn(ctx, [G(`/x${i}`)]);
        c.close();
        await sleep(150);
      }
      const a = await onConn(ctx, [G("/a")]);
      await sleep(100);
      const b = await onConn(ctx, [G("/b")]);
      a.close();
      await sleep(150);
      b.close();
      await sleep(150);
    },
  },
  "21_error_listen": {
    port: 18421,
    run: async (ctx) => {
      await get(ctx, "/");
    },
  },
  "22_error_uncaught": { selfExit: true },
  "23_timers": { selfExit: true },
  "24_delayed": {
    port: 18424,
    run: async (ctx) => {
      await get(ctx, "/?10");
      const c = await onConn(ctx, [G("/?30"), G("/?5")], true);
      c.close();
    },
  },
  "25_head": {
    port: 18425,
    run: async (ctx) => {
      await one(ctx, request("HEAD", "/dyn"), true);
      await one(ctx, request("HEAD", "/dyn-chunked"), true);
      await one(ctx, request("HEAD", "/hello.txt"), true);
      await one(ctx, request("HEAD", "/big.bin"), true);
      await onConn(ctx, [request("HEAD", "/dyn"), G("/dyn"), request("HEAD", "/hello.txt"), G("/hello.txt")], true, [
        true,
        false,
        true,
        false,
      ]).then((c) => c.close());
    },
  },
  "26_http10": {
    port: 18426,
    run: async (ctx) => {
      await one(ctx, request("GET", "/plain", {}, undefined, "1.0"));
      await one(ctx, request("GET", "/stream", {}, undefined, "1.0"));
      const c = await onConn(ctx, [
        request("GET", "/ka1", { Connection: "keep-alive" }, undefined, "1.0"),
        request("GET", "/ka2", { Connection: "keep-alive" }, undefined, "1.0"),
      ]);
      c.close();
    },
  },
  "27_big": {
    port: 18427,
    run: async (ctx) => {
      await get(ctx, "/dyn");
      await get(ctx, "/big.bin");
      const c = await onConn(ctx, [G("/big.bin"), G("/dyn"), G("/hello.txt")], true);
      c.close();
    },
  },
  "33_backpressure": {
    port: 18433,
    run: async (ctx) => {
      await get(ctx, "/small");
      await get(ctx, "/drain");
      await get(ctx, "/over-end");
      await truncated(ctx, "/over-write");
      await truncated(ctx, "/over-listener");
      await get(ctx, "/after");
    },
  },
  "34_evict": {
    port: 18434,
    run: async (ctx) => {
      const from = async (local: string): Promise<Conn> => {
        for (let tries = 0; ; tries++) {
          try {
            return new Conn(
              await new Promise<net.Socket>((resolve, reject) => {
                const s = net.connect({ port: ctx.port, host: ctx.host, localAddress: local });
                s.once("connect", () => resolve(s));
                s.once("error", reject);
              }),
            );
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== "ECONNREFUSED" || tries > 200) throw e;
            await sleep(50); // the server is starting
          }
        }
      };
      // what both servers must do (the comparison alone would pass if neither did)
      const note = (step: string, closed: boolean, expected: boolean) => {
        ctx.out.push({ step, closed });
        if (closed !== expected) throw new Error(`${step}: closed ${closed}, expected ${expected}`);
      };
      // two idle connections from 127.0.0.1 (its limit): a third from it closes the older
      const a = await from("127.0.0.1");
      await sleep(50);
      const b = await from("127.0.0.1");
      await sleep(50);
      await get(ctx, "/third");
      note("per address: the older idle connection", await a.closed(1000), true);
      note("per address: the newer idle connection", b.eof, false);
      // the limit in all (3): b, c being answered, d; then e closes b
      const c = await from("127.0.0.2");
      c.send(request("GET", "/hold"));
      await sleep(50);
      const d = await from("127.0.0.3");
      await sleep(50);
      const e = await from("127.0.0.4");
      await sleep(100);
      note("in all: the idle connection from before", await b.closed(1000), true);
      note("in all: the connection being answered", c.eof, false);
      note("in all: the newer idle connections", d.eof || e.eof, false);
      await sleep(400); // c's answer
      // all three being answered: a newcomer gets 503
      for (const x of [c, d, e]) x.send(request("GET", "/hold"));
      await sleep(100);
      await get(ctx, "/busy");
      if (ctx.out[ctx.out.length - 1].status !== 503) throw new Error("/busy: expected 503");
      // every answer is in before the connections close: closing one with an answer still on its
      // way resets it, and the server reports that (c's first answer is still unread)
      await c.read(2);
      await d.read(1);
      await e.read(1);
      for (const x of [a, b, c, d, e]) x.close();
      await sleep(100);
    },
  },
  "28_unicode": {
    port: 18428,
    run: async (ctx) => {
      await get(ctx, "/caf%C3%A9/%E2%82%AC?q=%C3%A9");
      await get(ctx, "/bad%FFutf8/%C3");
      await get(ctx, "/nul%00byte/%zz/%2F");
      await one(
        ctx,
        request("POST", "/b", { "Content-Type": "text/plain; charset=utf-8" }, "h\u00e9llo \u20ac \ud83d\ude00"),
      );
      const bad = Buffer.concat([
        Buffer.from("POST /bad HTTP/1.1\r\nHost: test\r\nContent-Length: 7\r\n\r\n"),
        Buffer.from([0x61, 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x62]),
      ]);
      await one(ctx, bad.toString("latin1"));
    },
  },
  "29_ipv6": {
    host: "::1",
    port: 18429,
    run: async (ctx) => {
      await get(ctx, "/");
    },
  },
  "31_handler_throws": {
    port: 18432,
    run: async (ctx) => {
      await get(ctx, "/throw");
      await get(ctx, "/after");
      await one(ctx, request("POST", "/config", {}, "limit"));
      await one(ctx, request("POST", "/config", {}, ""));
      await truncated(ctx, "/late");
      await get(ctx, "/ended");
      await get(ctx, "/after");
      await sleep(60); // the timers have run
    },
  },
  "33_error_inside_call": {
    port: 18490,
    run: async (ctx) => {
      await get(ctx, "/bad-header");
    },
  },
  "32_throw_flood": {
    port: 18435,
    run: async (ctx) => {
      for (let i = 0; i < 15; i++) await get(ctx, `/flood${i}`);
    },
  },
  "45_binary_body": {
    port: 18445,
    run: async (ctx) => {
      await get(ctx, "/png");
      await get(ctx, "/chunks");
      await get(ctx, "/tail");
      await one(ctx, request("POST", "/echo", { "Content-Type": "text/plain; charset=utf-8" }, "h\u00e9llo \u20ac"));
    },
  },
  "46_write_after_end": {
    port: 18446,
    run: async (ctx) => {
      await get(ctx, "/head-twice");
      await truncated(ctx, "/head-after-write");
      await get(ctx, "/write-after-end");
      await get(ctx, "/end-after-end");
      await get(ctx, "/later");
      await sleep(100); // the timer's writes
      await get(ctx, "/after");
    },
  },
  "47_lazy_headers": {
    port: 18447,
    run: async (ctx) => {
      const h = { "X-One": "1", "X-Two": "two, 2" };
      await get(ctx, "/read", h);
      await get(ctx, "/timer?q=1", h);
      await get(ctx, "/iterate", h);
      await get(ctx, "/mutate", h);
      await get(ctx, "/json?x=y", h);
      await get(ctx, "/spread", h);
      await get(ctx, "/unread", h);
      // a header read in a timer while the next request waits on the same connection
      await onConn(ctx, [G("/timer?pipelined", h), G("/read", { "X-One": "second" })], true).then((c) => c.close());
      // kept past its request (and its connection): read from a later one
      await one(ctx, request("POST", "/keep?k", { "X-One": "kept", "Content-Type": "text/plain" }, "the body"));
      await get(ctx, "/kept");
    },
  },
  "30_closure_state": {
    port: 18430,
    run: async (ctx) => {
      await get(ctx, "/");
      await get(ctx, "/");
      const other = { ...ctx, port: 18431 };
      await get(other, "/");
      await get(other, "/quit");
    },
  },
};
