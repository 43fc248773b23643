/**
 * The Node shim's HTTP client: Http.request / Http.get on node's http and
 * https modules, with the device's semantics (components/runtime/api/
 * api_client.c over net/http_client.c), so that an app prints the same on
 * both:
 *   - the request is sent on the next tick after end() (so that a chained
 *     on('data') after Http.get still applies), on its own connection;
 *   - the callback gets the complete response as a plain object
 *     { statusCode, headers, body }: names in lower case, repeated headers
 *     joined with ", " (set-cookie too), the body decoded as UTF-8;
 *   - errors reach on('error') as an Error with the runtime's message
 *     ("GET http://127.0.0.1:1/: connect 127.0.0.1:1: Connection refused");
 *     without a listener the message goes to stderr and the app goes on;
 *   - bad URLs and options throw at once, with the runtime's messages;
 *   - certificates are always verified against ca_file (default ca.pem, or
 *     TSFW_CA_FILE), with the host name as SNI;
 *   - with TSFW_DNS_SERVER set ("127.0.0.1:5353", as for the runtime's
 *     c-ares channel), names are resolved by a dns.Resolver on that server
 *     (after /etc/hosts, like c-ares), one address, IPv4 first, and its
 *     errors read like ares_strerror ("resolve x.test: Domain name not found").
 */
import dns from "node:dns";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { StringDecoder } from "node:string_decoder";
import tls from "node:tls";
import { callApp, reportUncaught } from "./shim_errors";

/** The bytes of a typed array, DataView or ArrayBuffer, which the device writes as they are. */
export function binaryBody(data: unknown): Buffer | undefined {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return undefined;
}

type Fn = (...args: unknown[]) => void;

const DEFAULT_MAX_RESPONSE = 1024 * 1024;
/** net/http_client.h's HTTP_CLIENT_MAX_REQUEST_DEFAULT and HTTP_CLIENT_DEADLINE_DEFAULT_MS. */
const MAX_REQUEST = 1024 * 1024;
const DEFAULT_DEADLINE = 300000;
const nodeSetTimeout = globalThis.setTimeout;

/** What Http.request resolved its options to (the same on the device). */
export interface ClientTarget {
  method: string;
  host: string;
  port: number;
  path: string;
  tls: boolean;
  headers: [string, string][];
  caFile?: string;
  servername?: string;
  certFile?: string;
  keyFile?: string;
  timeout: number;
  deadline: number;
  /** the body as bytes (Uint8Array chunks, res.bytes) */
  binary: boolean;
  maxResponse: number;
  maxFragment: number;
}

/** The runtime's TLS policy (net/tls.c): TLS 1.2 at least, only ECDHE with
 *  AES-GCM or ChaCha20-Poly1305 (TLS 1.3 suites are all AEAD). */
export const tlsPolicy = {
  minVersion: "TLSv1.2" as const,
  ciphers: [
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
  ].join(":"),
};

function fail(msg: string): never {
  throw new Error(`Http.request: ${msg}`);
}

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Anything but visible ASCII (api_client.c's is_visible). */
const badChars = /[^\x21-\x7e]/;

/** api_client.c's host_ok: a name of [A-Za-z0-9._-], or an IPv6 address of [0-9A-Fa-f:.]. */
function hostOk(h: string): boolean {
  return h.includes(":") ? /^[0-9A-Fa-f:.]+$/.test(h) : /^[A-Za-z0-9._-]+$/.test(h);
}

/** The URL forms of api_client.c: http(s)://host[:port][/path?query][#frag]. */
export function parseUrl(url: string): Pick<ClientTarget, "host" | "port" | "path" | "tls"> {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (!m) fail(`invalid URL "${url}"`);
  const scheme = m[1].toLowerCase();
  if (scheme !== "http" && scheme !== "https") fail(`unsupported protocol "${scheme}:" in URL "${url}"`);
  if (badChars.test(url)) fail(`invalid URL "${url}"`);
  const tls = scheme === "https";
  let rest = url.slice(m[0].length);
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  let end = rest.search(/[/?]/);
  if (end < 0) end = rest.length;
  const auth = rest.slice(0, end);
  let p = rest.slice(end);
  if (p === "") p = "/";
  else if (p[0] === "?") p = "/" + p;
  let host: string;
  let portText: string | undefined;
  if (auth.startsWith("[")) {
    const rb = auth.indexOf("]");
    if (rb < 0) fail(`invalid URL "${url}"`);
    host = auth.slice(1, rb);
    if (!host.includes(":") || !hostOk(host)) fail(`invalid URL "${url}"`);
    const after = auth.slice(rb + 1);
    if (after !== "") {
      if (after[0] !== ":") fail(`invalid URL "${url}"`);
      portText = after.slice(1);
    }
  } else {
    const c = auth.indexOf(":");
    host = c >= 0 ? auth.slice(0, c) : auth;
    if (c >= 0) portText = auth.slice(c + 1);
    if (host.includes(":") || !hostOk(host)) fail(`invalid URL "${url}"`);
  }
  let port = tls ? 443 : 80;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) fail(`invalid URL "${url}"`);
    port = Number(portText);
  }
  return { host, port, path: p, tls };
}

function optString(o: Record<string, unknown>, k: string): string | undefined {
  const v = o[k];
  if (v === undefined || v === null) return undefined;
  return String(v);
}

function optNumber(o: Record<string, unknown>, k: string, what: string): number | undefined {
  const v = o[k];
  if (v === undefined || v === null) return undefined;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) fail(`invalid ${what} ${typeof v === "string" ? `"${v}"` : String(v)}`);
  return n;
}

/** Options (or a URL) to a target; throws like the device for bad input. */
export function resolveOptions(options: unknown): ClientTarget {
  const t: ClientTarget = {
    method: "GET",
    host: "localhost",
    port: 80,
    path: "/",
    tls: false,
    headers: [],
    timeout: 0,
    deadline: DEFAULT_DEADLINE,
    binary: false,
    maxResponse: 0,
    maxFragment: 0,
  };
  if (typeof options === "string") {
    Object.assign(t, parseUrl(options));
    return t;
  }
  if (typeof options !== "object" || options === null) fail("options must be an object or a URL string");
  const o = options as Record<string, unknown>;
  const proto = optString(o, "protocol");
  if (proto !== undefined && proto !== "http:" && proto !== "https:") fail(`unsupported protocol "${proto}"`);
  t.tls = proto === "https:";
  t.host = optString(o, "hostname") ?? optString(o, "host") ?? "localhost";
  if (t.host.startsWith("[") && t.host.endsWith("]")) t.host = t.host.slice(1, -1);
  if (!hostOk(t.host)) fail(`invalid host "${optString(o, "hostname") ?? optString(o, "host")}"`);
  const port = optNumber(o, "port", "port");
  if (port !== undefined && (port < 1 || port > 65535)) fail(`invalid port ${port}`);
  t.port = port ?? (t.tls ? 443 : 80);
  t.path = optString(o, "path") ?? "/";
  if (t.path === "" || badChars.test(t.path)) fail(`invalid path "${t.path}"`);
  t.method = optString(o, "method") ?? "GET";
  if (!tokenRe.test(t.method)) fail(`invalid method "${t.method}"`);
  t.method = t.method.toUpperCase();
  const h = o["headers"];
  if (h !== undefined && h !== null) {
    if (typeof h !== "object") fail("headers must be an object");
    for (const [k, v] of Object.entries(h as Record<string, unknown>)) {
      const val = String(v);
      if (!tokenRe.test(k)) fail(`invalid header name "${k}"`);
      if (/[^\t\x20-\x7e]/.test(val)) fail(`invalid character in header "${k}"`);
      t.headers.push([k, val]);
    }
  }
  t.servername = optString(o, "servername");
  if (t.servername !== undefined && !/^[A-Za-z0-9._-]+$/.test(t.servername))
    fail(`invalid servername "${t.servername}"`);
  t.caFile = optString(o, "ca_file");
  t.certFile = optString(o, "ssl_cert");
  t.keyFile = optString(o, "ssl_key");
  if ((t.certFile === undefined) !== (t.keyFile === undefined)) fail("ssl_cert and ssl_key go together");
  t.timeout = optNumber(o, "timeout", "timeout") ?? 0;
  t.deadline = optNumber(o, "deadline_ms", "deadline_ms") ?? DEFAULT_DEADLINE;
  t.binary = Boolean(o["binary"]);
  t.maxResponse = optNumber(o, "max_response_size", "max_response_size") ?? 0;
  const mfl = optNumber(o, "tls_max_fragment_len", "tls_max_fragment_len") ?? 0;
  if (![0, 512, 1024, 2048, 4096].includes(mfl))
    fail(`tls_max_fragment_len must be 512, 1024, 2048 or 4096, not ${mfl}`);
  t.maxFragment = mfl;
  return t;
}

/** "127.0.0.1:8000", "[::1]:8000", or without the port when it is the default. */
function authority(t: ClientTarget): string {
  const host = t.host.includes(":") ? `[${t.host}]` : t.host;
  return t.port === (t.tls ? 443 : 80) ? host : `${host}:${t.port}`;
}

/** http_client_describe: "GET http://127.0.0.1:8000/x". */
export function describe(t: ClientTarget): string {
  return `${t.method} ${t.tls ? "https" : "http"}://${authority(t)}${t.path}`;
}

function hostPort(t: ClientTarget): string {
  return t.host.includes(":") ? `[${t.host}]:${t.port}` : `${t.host}:${t.port}`;
}

/** node's error (code) as the runtime's reason text. */
export function errorText(t: ClientTarget, e: NodeJS.ErrnoException): string {
  const hp = hostPort(t);
  const resolveWhy = (e as { [resolveReason]?: string })[resolveReason];
  if (typeof resolveWhy === "string") return `resolve ${t.host}: ${resolveWhy}`;
  // net/tls.c's verify_reason texts
  const notTrusted = "certificate is not signed by a trusted CA";
  const tlsWhy: Record<string, string> = {
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: notTrusted,
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: notTrusted,
    UNABLE_TO_GET_ISSUER_CERT: notTrusted,
    SELF_SIGNED_CERT_IN_CHAIN: notTrusted,
    CERT_SIGNATURE_FAILURE: notTrusted,
    DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
    CERT_HAS_EXPIRED: "certificate has expired",
    CERT_NOT_YET_VALID: "certificate is not valid yet",
    CERT_REVOKED: "certificate has been revoked",
    INVALID_PURPOSE: "certificate is not allowed for this purpose",
    ERR_TLS_CERT_ALTNAME_INVALID: `certificate's name does not match '${t.servername ?? t.host}'`,
  };

  switch (e.code) {
    case "ECONNREFUSED":
      return `connect ${hp}: Connection refused`;
    case "EHOSTUNREACH":
      return `connect ${hp}: No route to host`;
    case "ENETUNREACH":
      return `connect ${hp}: Network is unreachable`;
    case "ENOTFOUND":
      return `resolve ${t.host}: Domain name not found`;
    case "EAI_AGAIN":
      return `resolve ${t.host}: Temporary failure in name resolution`;
    case "ECONNRESET":
      return t.tls ? `TLS handshake with ${hp}: connection closed by the peer` : "connection reset by peer";
    default:
      break;
  }
  const why = e.code !== undefined ? tlsWhy[e.code] : undefined;
  if (why !== undefined) return `TLS handshake with ${hp}: certificate verify failed: ${why}`;
  if (/SSL|TLS|certificate/i.test(e.message)) return `TLS handshake with ${hp}: ${e.message}`;
  return e.message;
}

/** ares_strerror() texts (c-ares 1.18) by node's dns error codes. */
const aresText: Record<string, string> = {
  ENODATA: "DNS server returned answer with no data",
  EFORMERR: "DNS server claims query was misformatted",
  ESERVFAIL: "DNS server returned general failure",
  ENOTFOUND: "Domain name not found",
  ENOTIMP: "DNS server does not implement requested operation",
  EREFUSED: "DNS server refused query",
  EBADQUERY: "Misformatted DNS query",
  EBADNAME: "Misformatted domain name",
  EBADFAMILY: "Unsupported address family",
  EBADRESP: "Misformatted DNS reply",
  ECONNREFUSED: "Could not contact DNS servers",
  ETIMEOUT: "Timeout while contacting DNS servers",
  EOF: "End of file",
  EFILE: "Error reading file",
  ENOMEM: "Out of memory",
  EDESTRUCTION: "Channel is being destroyed",
  EBADSTR: "Misformatted string",
  ECANCELLED: "DNS query cancelled",
};

/** Marks a resolver error; its value is the runtime's text after "resolve <host>: ". */
const resolveReason = Symbol("tsfw resolve reason");

function resolveError(reason: string): Error {
  return Object.assign(new Error(reason), { [resolveReason]: reason });
}

/** First IPv4, else first IPv6 (port_posix.c's resolve_cb). */
function pick(v4: string[], v6: string[]): { address: string; family: number } | undefined {
  if (v4.length) return { address: v4[0], family: 4 };
  if (v6.length) return { address: v6[0], family: 6 };
  return undefined;
}

/** c-ares looks in the hosts file before asking the server. */
function hostsEntry(name: string): { address: string; family: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync("/etc/hosts", "utf8");
  } catch {
    return undefined;
  }
  const v4: string[] = [];
  const v6: string[] = [];
  for (const line of text.split("\n")) {
    const f = line.replace(/#.*/, "").trim().split(/\s+/);
    if (f.length < 2 || !f.slice(1).some((n) => n.toLowerCase() === name.toLowerCase())) continue;
    const fam = net.isIP(f[0]);
    if (fam === 4) v4.push(f[0]);
    else if (fam === 6) v6.push(f[0]);
  }
  return pick(v4, v6);
}

let dnsResolver: dns.Resolver | undefined;
/** Why TSFW_DNS_SERVER could not be used (port_posix.c's ares_setup text). */
let dnsSetupError: string | undefined;

/** The lookup option for http(s).request when TSFW_DNS_SERVER is set. */
function dnsLookup(): net.LookupFunction | undefined {
  const srv = process.env.TSFW_DNS_SERVER;
  if (!srv) return undefined;
  if (!dnsResolver) {
    // the runtime's channel: 2 s per try, 3 tries
    dnsResolver = new dns.Resolver({ timeout: 2000, tries: 3 });
    try {
      dnsResolver.setServers(srv.split(",").map((x) => x.trim()));
    } catch {
      dnsSetupError = `TSFW_DNS_SERVER=${srv}: ${aresText.EBADSTR}`;
    }
  }
  const r = dnsResolver;
  return ((
    hostname: string,
    options: dns.LookupOptions,
    cb: (err: Error | null, address: unknown, family?: number) => void,
  ) => {
    const done = (err: Error | null, a?: { address: string; family: number }): void => {
      if (err || !a) return cb(err ?? resolveError("no address for this name"), undefined);
      if (options?.all) cb(null, [a]);
      else cb(null, a.address, a.family);
    };
    if (dnsSetupError !== undefined) return process.nextTick(done, resolveError(dnsSetupError));
    if (hostname.length > 253) return process.nextTick(done, resolveError("name too long"));
    const local = hostsEntry(hostname);
    if (local) return process.nextTick(done, null, local);
    const ask = (fn: "resolve4" | "resolve6") =>
      new Promise<{ addrs: string[]; code?: string }>((resolve) =>
        r[fn](hostname, (err: NodeJS.ErrnoException | null, addrs: string[]) =>
          resolve(err ? { addrs: [], code: String(err.code) } : { addrs }),
        ),
      );
    void Promise.all([ask("resolve4"), ask("resolve6")]).then(([a4, a6]) => {
      const a = pick(a4.addrs, a6.addrs);
      if (a) return done(null, a);
      // both failed: "no data" for one of them wins, as in ares_getaddrinfo
      const code = a4.code === "ENODATA" || a6.code === "ENODATA" ? "ENODATA" : (a4.code ?? a6.code ?? "ENODATA");
      done(resolveError(aresText[code] ?? code));
    });
  }) as unknown as net.LookupFunction;
}

class ShimClientRequest {
  private chunks: Buffer[] = [];
  private ended = false;
  private aborted = false;
  private finished = false;
  private onError?: Fn;
  private onData?: Fn;
  private timeoutCb?: Fn;
  private req?: http.ClientRequest;
  private readonly desc: string;
  // progress, for the runtime's timeout and early-close messages
  private connected = false;
  private gotBytes = false;
  private headersDone = false;
  private bodySeen = 0;
  /** bytes the app wrote, and whether they passed MAX_REQUEST (then none are kept) */
  private bodySize = 0;
  private bodyOver = false;
  private chunked = false;
  private contentLength = -1;

  constructor(
    private readonly t: ClientTarget,
    private readonly cb?: Fn,
  ) {
    this.desc = describe(t);
  }

  /** node's ERR_STREAM_WRITE_AFTER_END, as api_client.c raises it: the
   *  request goes on; the error, made here for its position, follows from
   *  the loop, to on('error') while the request runs, else to the log. */
  private writeAfterEnd(): void {
    const e = new Error("write after end");
    const fn = this.finished ? undefined : this.onError;
    process.nextTick(() => (fn ? callApp("Http.request 'error' callback", fn, e) : reportUncaught("Http.request", e)));
  }

  write(data?: unknown): ShimClientRequest {
    if (this.aborted) return this;
    if (this.ended) {
      this.writeAfterEnd();
      return this;
    }
    if (data === undefined || this.bodyOver) return this;
    const b =
      typeof data === "string"
        ? Buffer.from(data, "utf8")
        : (binaryBody(data) ?? Buffer.from(String(JSON.stringify(data))));
    this.bodySize += b.length;
    if (this.bodySize > MAX_REQUEST) {
      // not kept: the request fails from the loop, through on('error')
      this.bodyOver = true;
      this.chunks = [];
    } else this.chunks.push(b);
    return this;
  }

  end(data?: unknown): ShimClientRequest {
    if (this.aborted) return this;
    if (this.ended) {
      // like node, a second end() without data is no error
      if (data) this.writeAfterEnd();
      return this;
    }
    this.write(data);
    this.ended = true;
    // the device starts the request from a zero-delay timer
    nodeSetTimeout(() => this.start(), 0);
    return this;
  }

  on(event: string, fn: Fn): ShimClientRequest {
    if (typeof fn !== "function" || this.finished || this.aborted) return this;
    if (event === "error") this.onError = fn;
    else if (event === "data" && !this.req) this.onData = fn;
    return this;
  }

  setTimeout(ms: number, fn?: Fn): ShimClientRequest {
    if (this.finished || this.aborted) return this;
    const n = Number(ms);
    this.t.timeout = n >= 1 ? Math.floor(n) : 0;
    this.timeoutCb = typeof fn === "function" ? fn : undefined;
    if (this.req) this.armTimeout(this.req);
    return this;
  }

  abort(): void {
    if (this.aborted || this.finished) return;
    this.aborted = true;
    this.req?.destroy();
  }

  private armTimeout(req: http.ClientRequest): void {
    req.setTimeout(this.t.timeout, () => {
      if (this.finished || this.aborted) return;
      const ms = this.t.timeout;
      const why = !this.connected
        ? `no connection within ${ms} ms`
        : !this.gotBytes
          ? `no response within ${ms} ms`
          : `response stalled: nothing received for ${ms} ms`;
      this.call("'timeout' callback", this.timeoutCb);
      if (this.finished || this.aborted) return;
      this.fail(why);
    });
  }

  private fail(reason: string): void {
    if (this.finished || this.aborted) return;
    this.finished = true;
    this.req?.destroy();
    const msg = `${this.desc}: ${reason}`;
    if (this.onError) this.call("'error' callback", this.onError, new Error(msg));
    else process.stderr.write(`Http.request: ${msg}\n`);
  }

  /** Calls one of the request's callbacks; what it throws is logged with the request. */
  private call(which: string, fn: Fn | undefined, ...args: unknown[]): boolean {
    return callApp(`Http.request ${this.desc} ${which}`, fn, ...args);
  }

  /** A 'data' callback that throws gets nothing more: the request is aborted. */
  private stream(fn: Fn, s: string | Uint8Array): void {
    try {
      fn(s);
    } catch (e) {
      reportUncaught(`Http.request ${this.desc} 'data' callback`, e, "; request aborted");
      this.abort();
    }
  }

  /** net/http_client.c's fail_early_close. */
  private earlyClose(): void {
    const w = "connection closed before the response was complete";
    if (!this.gotBytes) this.fail(`${w} (nothing received)`);
    else if (!this.headersDone) this.fail(`${w} (in the headers)`);
    else if (this.chunked) this.fail(`${w} (in the chunked body, after ${this.bodySeen} bytes)`);
    else if (this.contentLength >= 0) this.fail(`${w} (after ${this.bodySeen} of ${this.contentLength} body bytes)`);
    else this.fail(w);
  }

  private start(): void {
    if (this.aborted) return;
    if (this.bodyOver) return void process.nextTick(() => this.fail(`request body larger than ${MAX_REQUEST} bytes`));
    const t = this.t;
    const body = Buffer.concat(this.chunks);
    this.chunks = [];
    // the runtime's request head: Host, the app's headers as given, then
    // Content-Length and Connection unless given
    const have = new Set(t.headers.map(([k]) => k.toLowerCase()));
    const headers: [string, string][] = [];
    if (!have.has("host")) headers.push(["Host", authority(t)]);
    headers.push(...t.headers);
    if (!have.has("accept-encoding")) headers.push(["Accept-Encoding", "identity"]);
    if (
      !have.has("content-length") &&
      (body.length > 0 || !["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"].includes(t.method))
    )
      headers.push(["Content-Length", String(body.length)]);
    if (!have.has("connection")) headers.push(["Connection", "close"]);
    const opts: https.RequestOptions = {
      host: t.host,
      port: t.port,
      path: t.path,
      method: t.method,
      agent: false,
      setHost: false,
      headers: headers.flat() as unknown as http.OutgoingHttpHeaders,
    };
    const lookup = dnsLookup();
    if (lookup) opts.lookup = lookup;
    if (t.tls) {
      try {
        opts.ca = fs.readFileSync(t.caFile ?? process.env.TSFW_CA_FILE ?? "ca.pem");
        if (t.certFile !== undefined) opts.cert = fs.readFileSync(t.certFile);
        if (t.keyFile !== undefined) opts.key = fs.readFileSync(t.keyFile);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        return void process.nextTick(() =>
          this.fail(
            `TLS setup: ${err.path ?? ""}: ${err.code === "ENOENT" ? "No such file or directory" : err.message}`,
          ),
        );
      }
      const name = t.servername ?? t.host;
      opts.servername = net.isIP(name) ? undefined : name;
      // verify the name the device verifies (servername when given)
      if (t.servername !== undefined)
        opts.checkServerIdentity = (_host, cert) => tls.checkServerIdentity(t.servername!, cert);
      opts.rejectUnauthorized = true;
      Object.assign(opts, tlsPolicy);
    }
    let req: http.ClientRequest;
    try {
      req = (t.tls ? https : http).request(opts);
    } catch (e) {
      return void process.nextTick(() => this.fail((e as Error).message));
    }
    this.req = req;
    if (t.timeout > 0) this.armTimeout(req);
    if (t.deadline > 0)
      nodeSetTimeout(
        () => this.fail(`response not complete within ${t.deadline} ms (the request's deadline)`),
        t.deadline,
      ).unref();
    req.on("socket", (sock: net.Socket) => {
      sock.on(t.tls ? "secureConnect" : "connect", () => (this.connected = true));
      sock.on("data", () => (this.gotBytes = true));
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (this.connected && (e.code === "ECONNRESET" || e.code === "HPE_INVALID_EOF_STATE")) return this.earlyClose();
      this.fail(errorText(t, e));
    });
    req.on("response", (res: http.IncomingMessage) => this.response(res));
    req.end(body);
  }

  private response(res: http.IncomingMessage): void {
    const t = this.t;
    const headers: Record<string, string> = {};
    const raw = res.rawHeaders;
    let head = (res.statusMessage ?? "").length;
    this.headersDone = true;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const k = raw[i].toLowerCase();
      head += raw[i].length + raw[i + 1].length;
      headers[k] = k in headers ? `${headers[k]}, ${raw[i + 1]}` : raw[i + 1];
    }
    this.chunked = /chunked/i.test(headers["transfer-encoding"] ?? "");
    if (!this.chunked && headers["content-length"] !== undefined)
      this.contentLength = Number(headers["content-length"]);
    const max = (t.maxResponse || DEFAULT_MAX_RESPONSE) - head;
    const stream = this.onData;
    if (!stream && this.contentLength > max)
      return this.fail(`response body larger than ${t.maxResponse || DEFAULT_MAX_RESPONSE} bytes`);
    const chunks: Buffer[] = [];
    const dec = new StringDecoder("utf8");
    let size = 0;
    res.on("data", (d: Buffer) => {
      if (this.finished || this.aborted) return;
      this.bodySeen += d.length;
      if (stream && t.binary) return this.stream(stream, new Uint8Array(d));
      if (stream) {
        const s = dec.write(d);
        if (s.length) this.stream(stream, s);
        return;
      }
      size += d.length;
      if (size > max) return this.fail(`response body larger than ${t.maxResponse || DEFAULT_MAX_RESPONSE} bytes`);
      chunks.push(d);
    });
    res.on("end", () => {
      if (this.finished || this.aborted) return;
      if (stream && !t.binary) {
        const s = dec.end();
        if (s.length) this.stream(stream, s);
        if (this.finished || this.aborted) return;
      }
      this.finished = true;
      const body = Buffer.concat(chunks);
      const obj: Record<string, unknown> = {
        statusCode: res.statusCode ?? 0,
        headers,
        body: stream || t.binary ? "" : body.toString("utf8"),
      };
      // a plain Uint8Array (not a Buffer), as the device makes
      if (t.binary) obj.bytes = new Uint8Array(body);
      this.call("callback", this.cb, obj);
    });
    res.on("aborted", () => this.earlyClose());
    res.on("error", () => this.earlyClose());
  }
}

export function request(options: unknown, cb?: unknown): ShimClientRequest {
  const t = resolveOptions(options);
  return new ShimClientRequest(t, typeof cb === "function" ? (cb as Fn) : undefined);
}

export function get(options: unknown, cb?: unknown): ShimClientRequest {
  return request(options, cb).end();
}
