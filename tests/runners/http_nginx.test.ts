/**
 * Static files against an independent oracle: nginx (Debian's nginx-light)
 * serves the same folder as a compiled app's res.serve() (tests/http/apps/12_static.ts),
 * and every request must get the same status, body, Content-Type, Content-Length,
 * Last-Modified, Content-Range, Location and Allow, and an ETag from both or
 * neither. nginx is configured as the documented policy of res.serve(): UTF-8
 * text types, text/plain for unknown extensions, index.html then index.htm,
 * relative redirects, If-Modified-Since answered 304 for any date not before
 * the file's. Where the two differ on purpose, the case says how, and both
 * answers are pinned. Error pages are each server's own: their bodies are not compared.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { asanEnv, buildNative, root, sanitize, workDir } from "./common";
import { Conn, Proc, Resp, request, startProc, waitExit } from "./httpclient";
import { prepareWww, wwwRoot } from "./httpcases";

const out = path.join(workDir, "http-nginx");
const tsfwPort = 18412; // tests/http/apps/12_static.ts
const nginxPort = 18490;

function nginxConf(dir: string, www: string): string {
  return `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log info;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type text/plain;
    charset utf-8;
    charset_types text/html text/plain;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server_tokens off;
    server {
        listen 127.0.0.1:${nginxPort};
        root ${www};
        index index.html index.htm;
        absolute_redirect off;
        if_modified_since before;
    }
}
`;
}

/** What both servers must agree on. */
interface View {
  status: number;
  type?: string;
  length?: string;
  lastModified?: string;
  etag: boolean;
  contentRange?: string;
  location?: string;
  allow?: string;
  body?: string;
}

function view(r: Resp): View {
  const h = (n: string) => r.headers.find(([k]) => k === n)?.[1];
  const v: View = { status: r.status, etag: h("etag") !== undefined };
  const set = (k: keyof View, name: string) => {
    const x = h(name);
    if (x !== undefined) (v as unknown as Record<string, string>)[k] = x;
  };
  if (r.status < 300 || r.status === 304) {
    set("type", "content-type");
    set("length", "content-length");
    set("lastModified", "last-modified");
  }
  set("contentRange", "content-range");
  set("location", "location");
  set("allow", "allow");
  if (r.status === 200 || r.status === 206)
    v.body =
      r.body.length > 256 ? `sha256 ${crypto.createHash("sha256").update(r.body).digest("hex")}` : r.body.toString();
  return v;
}

interface Case {
  title: string;
  path: string;
  method?: string;
  /** Request headers; etag is the answering server's own ETag of /hello.txt. */
  headers?: (etag: string) => Record<string, string>;
  /** A difference on purpose: why, and what each server answers (fields of View). */
  differs?: { why: string; tsfw: Partial<View>; nginx: Partial<View> };
}

const cases: Case[] = [
  { title: "index.html for /", path: "/" },
  { title: "html", path: "/index.html" },
  { title: "text", path: "/hello.txt" },
  { title: "json", path: "/data.json" },
  { title: "css", path: "/style.css" },
  { title: "empty file", path: "/empty.txt" },
  { title: "300 KB binary", path: "/big.bin" },
  { title: "percent-encoded space", path: "/name%20with%20space.txt" },
  { title: "UTF-8 name", path: "/caf%C3%A9.txt" },
  { title: "symlink inside the root", path: "/link_in.txt" },
  { title: "dot segments", path: "/sub/../hello.txt" },
  { title: "missing file", path: "/missing.txt" },
  { title: "directory without slash: redirect", path: "/sub" },
  { title: "directory without slash, with a query: redirect keeps it", path: "/sub?x=1" },
  { title: "directory without an index file", path: "/sub/" },
  { title: "index.htm when there is no index.html", path: "/docs/" },
  { title: "file in a subfolder", path: "/sub/inner/c.txt" },
  { title: "dot file", path: "/.hidden.txt" },
  { title: "HEAD", path: "/hello.txt", method: "HEAD" },
  {
    title: "POST is not allowed",
    path: "/hello.txt",
    method: "POST",
    differs: {
      why: "RFC 9110 (15.5.6) asks a 405 to name the allowed methods: res.serve() sends Allow, nginx does not",
      tsfw: { status: 405, allow: "GET, HEAD" },
      nginx: { status: 405, allow: undefined },
    },
  },
  {
    title: "unknown extension",
    path: "/file.foo",
  },
  {
    title: "markdown",
    path: "/notes.md",
    differs: {
      why: "res.serve() knows .md as text/markdown; Debian's mime.types has no .md (default type)",
      tsfw: { status: 200, type: "text/markdown" },
      nginx: { status: 200, type: "text/plain; charset=utf-8" },
    },
  },
  {
    title: "symlink out of the root",
    path: "/link_out.txt",
    differs: {
      why: "res.serve() refuses any path that resolves outside document_root; nginx follows symlinks (disable_symlinks off)",
      tsfw: { status: 403 },
      nginx: { status: 200, body: "TOP SECRET outside the root\n" },
    },
  },
  // ranges
  { title: "range: first bytes", path: "/digits.txt", headers: () => ({ Range: "bytes=0-9" }) },
  { title: "range: open end", path: "/digits.txt", headers: () => ({ Range: "bytes=10-" }) },
  { title: "range: suffix", path: "/digits.txt", headers: () => ({ Range: "bytes=-5" }) },
  { title: "range: end past the size", path: "/digits.txt", headers: () => ({ Range: "bytes=95-200" }) },
  { title: "range: one byte", path: "/digits.txt", headers: () => ({ Range: "bytes=0-0" }) },
  { title: "range: unsatisfiable start", path: "/digits.txt", headers: () => ({ Range: "bytes=100-" }) },
  { title: "range: in a big file", path: "/big.bin", headers: () => ({ Range: "bytes=100000-100099" }) },
  { title: "range: unknown unit is ignored", path: "/digits.txt", headers: () => ({ Range: "items=0-1" }) },
  {
    title: "range: on an empty file",
    path: "/empty.txt",
    headers: () => ({ Range: "bytes=0-1" }),
    differs: {
      why: "no range of an empty file is satisfiable (RFC 9110 14.1.1): res.serve() answers 416, nginx ignores the Range",
      tsfw: { status: 416, contentRange: "bytes */0" },
      nginx: { status: 200, length: "0" },
    },
  },
  {
    title: "range: last before first",
    path: "/digits.txt",
    headers: () => ({ Range: "bytes=5-2" }),
    differs: {
      why: "an invalid range may be ignored or rejected (RFC 9110 14.2): res.serve() ignores it, nginx answers 416",
      tsfw: { status: 200, length: "100" },
      nginx: { status: 416, contentRange: "bytes */100" },
    },
  },
  { title: "range: empty suffix", path: "/digits.txt", headers: () => ({ Range: "bytes=-0" }) },
  {
    title: "range: several ranges",
    path: "/digits.txt",
    headers: () => ({ Range: "bytes=1-2,4-5" }),
    differs: {
      why: "res.serve() answers multi-range requests with the whole file (no multipart/byteranges); nginx sends multipart",
      tsfw: { status: 200, length: "100" },
      nginx: { status: 206 },
    },
  },
  // conditional requests
  { title: "If-None-Match: the ETag", path: "/hello.txt", headers: (e) => ({ "If-None-Match": e }) },
  {
    title: "If-None-Match: a list with the ETag",
    path: "/hello.txt",
    headers: (e) => ({ "If-None-Match": `"other", ${e}` }),
  },
  { title: "If-None-Match: another ETag", path: "/hello.txt", headers: () => ({ "If-None-Match": '"nope"' }) },
  { title: "If-None-Match: *", path: "/hello.txt", headers: () => ({ "If-None-Match": "*" }) },
  {
    title: "If-Modified-Since: later",
    path: "/hello.txt",
    headers: () => ({ "If-Modified-Since": "Wed, 01 Jan 2031 00:00:00 GMT" }),
  },
  {
    title: "If-Modified-Since: the file's date",
    path: "/hello.txt",
    headers: () => ({ "If-Modified-Since": "Tue, 14 Nov 2023 22:13:20 GMT" }),
  },
  {
    title: "If-Modified-Since: earlier",
    path: "/hello.txt",
    headers: () => ({ "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" }),
  },
  { title: "If-Modified-Since: not a date", path: "/hello.txt", headers: () => ({ "If-Modified-Since": "garbage" }) },
  // entity-tag lists (RFC 9110 13.1.1-2): no substring match, "*" only alone, W/ only weakly
  { title: "If-None-Match: the weak form", path: "/hello.txt", headers: (e) => ({ "If-None-Match": `W/${e}` }) },
  { title: "If-None-Match: * in a list", path: "/hello.txt", headers: () => ({ "If-None-Match": '"x", *' }) },
  {
    title: "If-None-Match: the ETag inside another",
    path: "/hello.txt",
    headers: (e) => ({ "If-None-Match": `"a${e}"` }),
  },
  { title: "If-Match: the ETag", path: "/hello.txt", headers: (e) => ({ "If-Match": `"x", ${e}` }) },
  { title: "If-Match: another ETag", path: "/hello.txt", headers: () => ({ "If-Match": '"nope"' }) },
  { title: "If-Match: *", path: "/hello.txt", headers: () => ({ "If-Match": "*" }) },
  { title: "If-Match: the weak form", path: "/hello.txt", headers: (e) => ({ "If-Match": `W/${e}` }) },
  {
    title: "If-Unmodified-Since: earlier",
    path: "/hello.txt",
    headers: () => ({ "If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" }),
  },
  {
    title: "If-Unmodified-Since: later",
    path: "/hello.txt",
    headers: () => ({ "If-Unmodified-Since": "Wed, 01 Jan 2031 00:00:00 GMT" }),
  },
  // If-Range (RFC 9110 13.1.5): the range only while the validator holds
  { title: "If-Range: the ETag", path: "/digits.txt", headers: (e) => ({ "If-Range": e, Range: "bytes=0-9" }) },
  {
    title: "If-Range: another ETag",
    path: "/digits.txt",
    headers: () => ({ "If-Range": '"old"', Range: "bytes=0-9" }),
  },
  {
    title: "If-Range: the file's date",
    path: "/digits.txt",
    headers: () => ({ "If-Range": "Tue, 14 Nov 2023 22:13:20 GMT", Range: "bytes=0-9" }),
  },
  {
    title: "If-Range: an older date",
    path: "/digits.txt",
    headers: () => ({ "If-Range": "Mon, 01 Jan 2001 00:00:00 GMT", Range: "bytes=0-9" }),
  },
  // targets
  { title: "a file with a trailing slash", path: "/hello.txt/" },
  { title: "directory after a double slash: the redirect stays on this host", path: "//sub" },
  { title: "absolute-form target: served by its path", path: "http://other.example/hello.txt" },
  { title: "absolute-form directory: redirected to a path", path: "http://evil.example/sub" },
  {
    title: "scheme-relative dot segments",
    path: "//evil.example/..",
    differs: {
      why: "nginx merges the slashes and serves /; res.serve() redirects to the clean path, never to //host",
      tsfw: { status: 301, location: "/" },
      nginx: { status: 200 },
    },
  },
  {
    title: "If-None-Match wins over If-Modified-Since",
    path: "/hello.txt",
    headers: () => ({ "If-None-Match": '"nope"', "If-Modified-Since": "Wed, 01 Jan 2031 00:00:00 GMT" }),
  },
];

async function ask(port: number, c: Case, etag: string): Promise<Resp> {
  const conn = await Conn.open(port, "127.0.0.1");
  try {
    const method = c.method ?? "GET";
    conn.send(request(method, c.path, c.headers?.(etag) ?? {}, method === "POST" ? "x" : undefined));
    return (await conn.read(1, [method === "HEAD"]))[0];
  } finally {
    conn.close();
  }
}

describe("http: static files, res.serve() against nginx", () => {
  let app: Proc;
  let nginx: Proc;
  const etags = { tsfw: "", nginx: "" };
  before(async () => {
    prepareWww(root);
    const dir = path.join(out, "nginx");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConf(dir, wwwRoot(root)));
    nginx = startProc("nginx", ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")]);
    const exe = await buildNative(path.join(root, "tests", "http", "apps", "12_static.ts"), out, sanitize);
    app = startProc(exe, [], asanEnv);
    const hello: Case = { title: "", path: "/hello.txt" };
    for (const [k, port] of [
      ["tsfw", tsfwPort],
      ["nginx", nginxPort],
    ] as const)
      etags[k] = (await ask(port, hello, "")).headers.find(([h]) => h === "etag")?.[1] ?? "";
  });
  after(async () => {
    nginx?.child.kill("SIGTERM");
    if (app) {
      await ask(tsfwPort, { title: "", path: "/quit" }, "").catch(() => undefined);
      const e = await waitExit(app, 15_000);
      assert.equal(e.code, 0, app.stderr);
    }
    if (nginx) await waitExit(nginx, 15_000);
  });

  it("both servers give /hello.txt an ETag", () => {
    assert.notEqual(etags.tsfw, "", `res.serve(): ${app.stderr}`);
    assert.notEqual(etags.nginx, "", `nginx: ${nginx.stderr}`);
  });
  for (const c of cases) {
    it(`${c.method ?? "GET"} ${c.path}${c.headers ? " " + JSON.stringify(c.headers("<etag>")) : ""}: ${c.title}`, async () => {
      const mine = view(await ask(tsfwPort, c, etags.tsfw));
      const theirs = view(await ask(nginxPort, c, etags.nginx));
      if (!c.differs) {
        assert.deepEqual(mine, theirs, "res.serve() (actual) and nginx (expected) differ");
        return;
      }
      for (const [k, v] of Object.entries(c.differs.tsfw))
        assert.deepEqual(mine[k as keyof View], v, `res.serve() ${k}`);
      for (const [k, v] of Object.entries(c.differs.nginx)) assert.deepEqual(theirs[k as keyof View], v, `nginx ${k}`);
    });
  }
});
