/**
 * HTTP client tests (Http.request / Http.get, issue 4).
 *  - Differential: every app under tests/http/client_apps runs natively
 *    (ASan + UBSan + LeakSanitizer) and on the Node shim; stdout and the
 *    exit code must be the same, and some stderr lines are checked too.
 *    The apps talk to their own servers, to tests/http/client_peers/peer.py
 *    (127.0.0.1:18690, exact bytes: chunked, early close, never answers,
 *    split UTF-8, ...) and to `python3 -m http.server` (127.0.0.1:18691).
 *    Names are resolved by tests/dns/dnsd.py (TSFW_DNS_SERVER, both runs):
 *    *.ok.test -> 127.0.0.1, slow.test the same after a delay, others NXDOMAIN.
 *    Apps use fixed ports, like tests/http/apps.
 *  - The seed's example (ts/app/app.ts) end to end: its client posts to its
 *    own server and prints the reply; a second client checks the server.
 * Loopback only; every wait is bounded.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { asanEnv, buildNative, listApps, root, sanitize, selected, workDir } from "./common";
import { connect, startProc, waitExit, Proc } from "./httpclient";
import { certDir, dnsEnv, startPeers } from "./clientpeers";

const out = path.join(workDir, "client");
const shimRunner = path.join(root, "dist", "lib", "node-run.js");
const sanitizerReport = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/;

/** The apps' default CA bundle (TSFW_CA_FILE): the test CA. */
const appEnv = { TSFW_CA_FILE: path.join(certDir, "ca.pem") };

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

async function runApp(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  const p = startProc(cmd, args, env);
  const r = await waitExit(p, 30_000);
  return { stdout: p.stdout, stderr: p.stderr, code: r.code, timedOut: r.timedOut };
}

/** stderr lines both builds must print (besides the same stdout). */
const expectedStderr: Record<string, RegExp[]> = {
  "17_no_listener": [
    /^Http\.request: GET http:\/\/127\.0\.0\.1:1\/nobody: connect 127\.0\.0\.1:1: Connection refused$/m,
    /^Http\.request: GET http:\/\/127\.0\.0\.1:18690\/early-nothing: connection closed before the response was complete \(nothing received\)$/m,
  ],
  "27_request_body_limit": [
    /^Http\.request: PUT http:\/\/127\.0\.0\.1:18690\/echo\?quiet: request body larger than 1048576 bytes$/m,
  ],
  "28_write_after_end": [
    /^\d{4}-\d\d-\d\dT[\d:.]{12}Z tsfw error: Http\.request: uncaught Error: write after end( at 28_write_after_end\.ts:10:\d+)?$/m,
    /^\d{4}-\d\d-\d\dT[\d:.]{12}Z tsfw error: Http\.request: uncaught Error: write after end( at 28_write_after_end\.ts:16:\d+)?$/m,
  ],
  "18_bad_url": [/^Uncaught Error: Http\.request: invalid URL "foo"$/m],
  "19_bad_protocol": [
    /^Uncaught Error: Http\.request: unsupported protocol "ftp:" in URL "ftp:\/\/127\.0\.0\.1\/file"$/m,
  ],
  "20_bad_port": [/^Uncaught Error: Http\.request: invalid port NaN$/m],
  "21_bad_header": [/^Uncaught Error: Http\.request: invalid character in header "X-Evil"$/m],
  // the position is named by the shim, and by the compiled app once the compiler records positions
  "25_callback_throws": [
    /^\d{4}-\d\d-\d\dT[\d:.]{12}Z tsfw error: Http\.request GET http:\/\/127\.0\.0\.1:18660\/first callback: uncaught Error: response callback failed( at 25_callback_throws\.ts:\d+:\d+)?$/m,
    /^\d{4}-\d\d-\d\dT[\d:.]{12}Z tsfw error: Http\.request GET http:\/\/127\.0\.0\.1:18660\/stream 'data' callback: uncaught Error: data callback failed( at 25_callback_throws\.ts:\d+:\d+)?; request aborted$/m,
    /^\d{4}-\d\d-\d\dT[\d:.]{12}Z tsfw error: Http\.request GET http:\/\/127\.0\.0\.1:1\/refused 'error' callback: uncaught Error: GET http:\/\/127\.0\.0\.1:1\/refused: connect 127\.0\.0\.1:1: Connection refused$/m,
  ],
};

/** Facts about an app's stdout checked on top of native == node. */
const expectedStdout: Record<string, RegExp[]> = {
  "10_refused": [
    /^error: GET http:\/\/127\.0\.0\.1:1\/x: connect 127\.0\.0\.1:1: Connection refused$/m,
    /^v6 error: GET http:\/\/\[::1\]:1\/: connect \[::1\]:1: Connection refused$/m,
  ],
  "11_timeout": [
    /^timeout callback, waited enough: true\nerror: GET http:\/\/127\.0\.0\.1:18690\/never: no response within 300 ms$/m,
    /^stall error: GET http:\/\/127\.0\.0\.1:18690\/stall: response stalled: nothing received for 200 ms$/m,
    /^slow but in time 200 slow$/m,
  ],
  "05_large": [
    /^\/big\?n=900000 0 ok 200 900000 /m,
    /^\/big\?n=2000000 0 error GET http:\/\/127\.0\.0\.1:18690\/big\?n=2000000: response body larger than 1048576 bytes$/m,
  ],
  "06_stream": [/^total 6000000 some chunks true/m, /body ""$/m],
  "07_utf8_split": [/replacement chars 0$/m, /^whole [\s\S]* true$/m, /streamed the same: true$/m],
  "12_early_close": [
    /^\/early-cl error: .*\(after 10 of 100 body bytes\)$/m,
    /^\/early-nothing error: .*\(nothing received\)$/m,
  ],
  "15_abort": [
    /^aborted c from its data callback: true$/m,
    /^d ok \/after\n/m,
    /^f error, aborting: GET http:\/\/127\.0\.0\.1:1\/: connect 127\.0\.0\.1:1: Connection refused\ne timed out, aborting\ndone\n$/m,
  ],
  "23_dropped_refs": [/^completed 40$/m],
  "26_binary_body": [
    /^whole 200 image\/png body "" bytes 1032\nsignature 137,80,78,71,13,10,26,10 pattern intact true sum \d+$/m,
    /^streamed 1032 bytes in more than one chunk: true same bytes: true bytes after streaming 0$/m,
    /^as text: bytes true U\+FFFD true$/m,
    /^echoed request body unchanged: true$/m,
  ],
  "27_request_body_limit": [
    /^at the limit: 200 echoed body bytes 1048576$/m,
    /^over the limit: POST http:\/\/127\.0\.0\.1:18690\/echo: request body larger than 1048576 bytes$/m,
    /^still running$/m,
  ],
  "25_callback_throws": [
    /^response callback: served \/first\ndata callback: first chunk\nerror callback: GET http:\/\/127\.0\.0\.1:1\/refused: connect 127\.0\.0\.1:1: Connection refused\nlast: served \/last\n$/,
  ],
  "30_https": [
    /^ca_file: 200 secure POST \/a body=over TLS$/m,
    /^default CA: 200 secure GET \/b\?x=1 body=$/m,
    /^tls_max_fragment_len: 200 /m,
    /^client certificate: 200 client certificate accepted for \/mtls$/m,
  ],
  "31_https_rejects": [
    /^server accepted: 200 served with server$/m,
    /^unknown rejected: GET https:\/\/127\.0\.0\.1:18641\/: TLS handshake with 127\.0\.0\.1:18641: certificate verify failed: certificate is not signed by a trusted CA$/m,
    /^expired rejected: GET https:\/\/127\.0\.0\.1:18642\/: TLS handshake with 127\.0\.0\.1:18642: certificate verify failed: certificate has expired$/m,
    /^wronghost rejected: GET https:\/\/127\.0\.0\.1:18643\/: TLS handshake with 127\.0\.0\.1:18643: certificate verify failed: certificate's name does not match 'localhost'$/m,
    /^selfsigned rejected: GET https:\/\/127\.0\.0\.1:18644\/: TLS handshake with 127\.0\.0\.1:18644: certificate verify failed: self-signed certificate$/m,
  ],
  "33_https_name": [/^by name: 200 secure GET \/by-name\?x=1\nplain by name: 200 fixed body\n\n$/],
  "34_dns_name": [
    /^by name: 200 served by name: GET \/named host=api\.ok\.test:18652$/m,
    /^nxdomain: GET http:\/\/nosuch\.test:18652\/x: resolve nosuch\.test: Domain name not found$/m,
    /^nxdomain https: GET https:\/\/gone\.example\.test\/: resolve gone\.example\.test: Domain name not found$/m,
  ],
  "35_dns_slow": [/^slow\.test: 200 slow by name\nticks while resolving at least 3: true$/m],
  "32_https_openssl": [
    /^status 200 content-type text\/html\nstarts like s_server -www: true\nshows the session: true$/m,
  ],
};

describe("client: native and node shim agree", { concurrency: 2 }, () => {
  let stop: (() => Promise<void>) | undefined;
  before(async () => {
    stop = await startPeers();
  });
  after(async () => {
    await stop?.();
  });
  const apps = selected(listApps(path.join(root, "tests", "http", "client_apps")));
  it("has at least 15 apps", { skip: !!process.env.TEST_FILTER }, () =>
    assert.ok(apps.length >= 15, `${apps.length} apps`),
  );
  for (const app of apps) {
    const name = path.basename(app, ".ts");
    it(name, async () => {
      const exe = await buildNative(app, out, sanitize);
      const native = await runApp(exe, [], { ...asanEnv, ...appEnv, ...dnsEnv });
      const node = await runApp(process.execPath, [shimRunner, app], { ...process.env, ...appEnv, ...dnsEnv });
      assert.ok(!native.timedOut, `native run did not exit\n${native.stdout}\n${native.stderr}`);
      assert.ok(!node.timedOut, `node run did not exit\n${node.stdout}\n${node.stderr}`);
      assert.ok(!sanitizerReport.test(native.stderr), `sanitizer report:\n${native.stderr}`);
      assert.equal(
        native.stdout,
        node.stdout,
        `stdout differs\nnative stderr:\n${native.stderr}\nnode stderr:\n${node.stderr}`,
      );
      assert.equal(
        native.code,
        node.code,
        `exit code: native ${native.code}, node ${node.code}\n${native.stderr}\n${node.stderr}`,
      );
      assert.ok(!/BUG/.test(native.stdout), native.stdout);
      for (const re of expectedStdout[name] ?? []) assert.match(native.stdout, re);
      for (const re of expectedStderr[name] ?? []) {
        assert.match(native.stderr, re, "native stderr");
        assert.match(node.stderr, re, "node stderr");
      }
      if (name.match(/^(18|19|20|21)_/)) {
        assert.equal(native.code, 1);
        assert.equal(native.stdout, "before\n");
      } else {
        assert.equal(native.code, 0, native.stderr);
      }
    });
  }
});

// ------------------------------------------------------- the seed's example

const seedSelected =
  !process.env.TEST_FILTER || "seed".includes(process.env.TEST_FILTER) || process.env.TEST_FILTER.includes("seed");
describe("client: the seed's example (ts/app/app.ts) end to end", { skip: !seedSelected }, () => {
  const seedBody =
    '{"method":"POST","url":"/hello","path":"/hello","query":"","headers":{"host":"127.0.0.1:8000","myheader":"hi there",' +
    '"accept-encoding":"identity","content-length":"17","connection":"close"},"body":"this is POST data","remoteAddress":"127.0.0.1"}\\n';
  const expected =
    "listening on http://127.0.0.1:8000\nin reply handler {\n  statusCode: 200,\n  headers: {\n" +
    "    'content-type': 'text/plain',\n    'transfer-encoding': 'chunked',\n    connection: 'close'\n  },\n" +
    `  body: '${seedBody}'\n}\n`;

  async function untilPrinted(p: Proc, what: string, ms: number): Promise<void> {
    const t0 = Date.now();
    while (!p.stdout.includes(what) && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 50));
  }

  /** A raw GET: the status and body (Connection: close). */
  async function get(pathname: string): Promise<{ status: number; body: string }> {
    const s = await connect(8000, "127.0.0.1", 5000);
    s.write(`GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n\r\n`);
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        s.destroy();
        resolve();
      }, 5000);
      s.on("data", (d: Buffer) => chunks.push(d));
      s.on("close", () => {
        clearTimeout(t);
        resolve();
      });
    });
    const text = Buffer.concat(chunks).toString("utf8");
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
    let body = text.slice(text.indexOf("\r\n\r\n") + 4);
    if (/transfer-encoding: chunked/i.test(text.slice(0, text.indexOf("\r\n\r\n")))) {
      let out = "";
      for (;;) {
        const nl = body.indexOf("\r\n");
        const n = parseInt(body.slice(0, nl), 16);
        if (!n) break;
        out += body.slice(nl + 2, nl + 2 + n);
        body = body.slice(nl + 2 + n + 2);
      }
      body = out;
    }
    return { status, body };
  }

  for (const mode of ["native", "node"] as const) {
    it(`${mode}: the client prints the reply; the server still answers /hello and serves /`, async () => {
      const app = path.join(root, "ts", "app", "app.ts");
      const p =
        mode === "native"
          ? startProc(await buildNative(app, path.join(out, "seed"), sanitize), [], asanEnv)
          : startProc(process.execPath, [shimRunner, app]);
      try {
        await untilPrinted(p, "\n}\n", 10_000);
        if (mode === "native") {
          assert.equal(p.stdout, expected);
        } else {
          // the node shim's server adds a Date header; the rest is the same
          assert.match(p.stdout, /^listening on http:\/\/127\.0\.0\.1:8000\nin reply handler \{\n  statusCode: 200,\n/);
          assert.ok(p.stdout.includes(`  body: '${seedBody}'\n}\n`), p.stdout);
        }
        const hello = await get("/hello");
        assert.equal(hello.status, 200);
        assert.match(hello.body, /^\{"method":"GET","url":"\/hello",.*"remoteAddress":"127\.0\.0\.1"\}\n$/);
        const index = await get("/");
        assert.equal(index.status, 200);
        assert.match(index.body, /Served by res\.serve\(\)/);
      } finally {
        p.child.kill("SIGTERM");
        await waitExit(p, 5000);
      }
      assert.ok(!sanitizerReport.test(p.stderr), p.stderr);
    });
  }
});
