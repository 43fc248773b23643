/**
 * The Node shim: the device API (ts/lib/device.d.ts) on node's http module,
 * with the semantics of the C runtime (components/runtime/api, net/), so
 * that an app runs unchanged on both and the differential tests can compare
 * them. install() puts the globals in place; node-run.ts runs an app.
 *
 * Where node and the device differ, the shim follows the device:
 *   - listen("IP:PORT") parses the address like net/addr.c (node would take
 *     a string as a pipe path); a bare port listens on IPv4 0.0.0.0;
 *   - errors reach server.on('error', (id, message)) with the same
 *     messages; a listen error without a handler ends the program;
 *   - writeHead/write/end after the response ended are ignored;
 *   - res.serve() is a port of net/static.c (Mongoose 6 options);
 *   - request bodies are limited (413) and headers counted like the device;
 *   - JSON.parse has the device's limits, set by JSON.setLimits (shim_json.ts);
 *   - an error that escapes a callback is logged and the program goes on; a
 *     request whose handler threw gets a 500, or its connection closed when
 *     the response had started (shim_errors.ts).
 */
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import tls from "node:tls";
import * as client from "./shim_client";
import { callApp, inApp, log, reportUncaught, runApp } from "./shim_errors";
import * as json from "./shim_json";

type Fn = (...args: unknown[]) => void;
type Headers = Record<string, string>;

// ------------------------------------------------------------------- timers

const timers = new Map<number, NodeJS.Timeout>();
let nextTimerId = 0;
const nodeSetTimeout = globalThis.setTimeout;
const nodeSetInterval = globalThis.setInterval;
const nodeClearInterval = globalThis.clearInterval;
const nodeClearTimeout = globalThis.clearTimeout;

function setTimeoutShim(fn: Fn, ms?: number, ...args: unknown[]): number {
  const id = ++nextTimerId;
  timers.set(
    id,
    nodeSetTimeout(() => {
      timers.delete(id);
      callApp("timer callback", fn, ...args);
    }, ms),
  );
  return id;
}

function setIntervalShim(fn: Fn, ms?: number, ...args: unknown[]): number {
  const id = ++nextTimerId;
  timers.set(
    id,
    nodeSetInterval(() => callApp("timer callback", fn, ...args), ms),
  );
  return id;
}

function clearTimerShim(id: unknown): void {
  if (typeof id !== "number") return;
  const t = timers.get(id);
  if (t !== undefined) {
    nodeClearTimeout(t);
    timers.delete(id);
  }
}

// -------------------------------------------------------------- addresses

interface Addr {
  family: 4 | 6;
  ip: number[]; // 4 or 16 bytes
  port: number;
}

function parseIPv4(s: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const b = m.slice(1).map(Number);
  return b.every((x) => x <= 255) ? b : undefined;
}

function parseIPv6(s: string): number[] | undefined {
  if (!net.isIPv6(s)) return undefined;
  let tail: number[] = [];
  let str = s;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(str);
  if (v4) {
    const b = parseIPv4(v4[1]);
    if (!b) return undefined;
    tail = b;
    str = str.slice(0, str.length - v4[1].length) + "0:0";
  }
  const halves = str.split("::");
  const words = (h: string) => (h === "" ? [] : h.split(":").map((w) => parseInt(w, 16)));
  const head = words(halves[0]);
  const rest = halves.length > 1 ? words(halves[1]) : [];
  const fill = 8 - head.length - rest.length;
  const all = [...head, ...new Array<number>(halves.length > 1 ? fill : 0).fill(0), ...rest];
  if (all.length !== 8) return undefined;
  const bytes = all.flatMap((w) => [w >> 8, w & 255]);
  if (v4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function parsePort(s: string): number | undefined {
  if (!/^\d{1,5}$/.test(s)) return undefined;
  const p = Number(s);
  return p <= 65535 ? p : undefined;
}

/** net_listen_addr_parse: the same forms and messages. */
export function parseListenAddr(s: string): Addr | string {
  if (s.length === 0) return "invalid listen address '': empty";
  if (s[0] === "[") {
    const rb = s.indexOf("]");
    if (rb < 0 || s[rb + 1] !== ":") return `invalid listen address '${s}': expected [IPv6]:PORT`;
    const ip = parseIPv6(s.slice(1, rb));
    if (!ip) return `invalid listen address '${s}': bad IPv6 address`;
    const port = parsePort(s.slice(rb + 2));
    if (port === undefined) return `invalid listen address '${s}': bad port`;
    return { family: 6, ip, port };
  }
  const colon = s.lastIndexOf(":");
  if (colon < 0) {
    const port = parsePort(s);
    if (port === undefined) return `invalid listen address '${s}': expected PORT, IP:PORT or [IPv6]:PORT`;
    return { family: 4, ip: [0, 0, 0, 0], port };
  }
  if (s.indexOf(":") !== colon) return `invalid listen address '${s}': put IPv6 addresses in brackets`;
  let ip: number[] | undefined;
  if (colon === 0) ip = [0, 0, 0, 0];
  else if (s.slice(0, colon) === "localhost") ip = [127, 0, 0, 1];
  else ip = parseIPv4(s.slice(0, colon));
  if (!ip) return `invalid listen address '${s}': bad IPv4 address`;
  const port = parsePort(s.slice(colon + 1));
  if (port === undefined) return `invalid listen address '${s}': bad port`;
  return { family: 4, ip, port };
}

function ipText(a: Addr): string {
  if (a.family === 4) return a.ip.join(".");
  const w: string[] = [];
  for (let i = 0; i < 16; i += 2) w.push(((a.ip[i] << 8) | a.ip[i + 1]).toString(16));
  return w
    .join(":")
    .replace(/(^|:)0(:0)+(:|$)/, "::")
    .replace(/:::+/, "::");
}

function addrText(a: Addr): string {
  return a.family === 4 ? `${ipText(a)}:${a.port}` : `[${ipText(a)}]:${a.port}`;
}

/** The client's address as bytes, IPv4-mapped addresses unmapped. */
function clientAddr(remote: string): Addr | undefined {
  const v4 = parseIPv4(remote);
  if (v4) return { family: 4, ip: v4, port: 0 };
  const v6 = parseIPv6(remote);
  if (!v6) return undefined;
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 255 && v6[11] === 255)
    return { family: 4, ip: v6.slice(12), port: 0 };
  return { family: 6, ip: v6, port: 0 };
}

// --------------------------------------------------------------------- ACL

/** net_acl_check: 1 allow, 0 deny, or an error message (fails closed). */
export function aclCheck(acl: string, remote: string): 1 | 0 | string {
  const a = clientAddr(remote);
  let verdict: 0 | 1 = 0;
  let any = false;
  let bad: string | undefined;
  if (acl.trim() === "") return 1;
  for (const raw of acl.split(",")) {
    const e = raw.replace(/^[ \t]+|[ \t]+$/g, "");
    let reason = "";
    parse: {
      if (e.length === 0) {
        reason = "empty entry";
        break parse;
      }
      any = true;
      if (e[0] !== "+" && e[0] !== "-") {
        reason = "must start with '+' or '-'";
        break parse;
      }
      const sign: 0 | 1 = e[0] === "+" ? 1 : 0;
      const body = e.slice(1);
      const slash = body.indexOf("/");
      const ipPart = slash >= 0 ? body.slice(0, slash) : body;
      let family: 4 | 6, bits: number, maxbits: number, ip: number[];
      if (ipPart.includes(":")) {
        const v6 = parseIPv6(ipPart);
        if (!v6) {
          reason = "bad IPv6 address";
          break parse;
        }
        ip = v6;
        family = 6;
        maxbits = 128;
        bits = 128;
      } else {
        if (!/^\d{1,3}(\.\d{1,3}){0,3}$/.test(ipPart)) {
          reason = "bad IPv4 address";
          break parse;
        }
        const parts = ipPart.split(".").map(Number);
        if (parts.some((x) => x > 255)) {
          reason = "bad IPv4 address";
          break parse;
        }
        ip = [...parts, 0, 0, 0, 0].slice(0, 4);
        family = 4;
        maxbits = 32;
        bits = parts.length * 8;
      }
      if (slash >= 0) {
        const d = body.slice(slash + 1);
        if (!/^\d{1,3}$/.test(d)) {
          reason = "bad prefix length";
          break parse;
        }
        if (Number(d) > maxbits) {
          reason = `prefix length above ${maxbits}`;
          break parse;
        }
        bits = Number(d);
      }
      if (a && a.family === family && prefixMatch(a.ip, ip, bits)) verdict = sign;
      continue;
    }
    if (bad === undefined) bad = `ip_acl: bad entry '${e}': ${reason}`;
  }
  if (bad !== undefined) return bad;
  if (!any) return 1;
  return verdict;
}

function prefixMatch(a: number[], b: number[], bits: number): boolean {
  const full = bits >> 3,
    rem = bits & 7;
  for (let i = 0; i < full; i++) if (a[i] !== b[i]) return false;
  if (rem) {
    const mask = (0xff << (8 - rem)) & 0xff;
    if ((a[full] & mask) !== (b[full] & mask)) return false;
  }
  return true;
}

// ------------------------------------------------------------ path rules

/** http_path_sanitize on bytes: a relative path, or undefined if unsafe. */
export function sanitizePath(p: Buffer): Buffer | undefined {
  if (p.length === 0 || p[0] !== 0x2f) return undefined;
  const dec: number[] = [];
  const hex = (c: number) =>
    c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  for (let i = 0; i < p.length; i++) {
    let c = p[i];
    if (c === 0x25) {
      if (i + 2 >= p.length) return undefined;
      const h = hex(p[i + 1]),
        l = hex(p[i + 2]);
      if (h < 0 || l < 0) return undefined;
      c = h * 16 + l;
      i += 2;
      if (c === 0x2f || c === 0x5c || c === 0) return undefined;
    } else if (c === 0x5c) {
      return undefined;
    }
    if (c < 0x20 || c === 0x7f) return undefined;
    if (dec.length + 1 >= 1024) return undefined;
    dec.push(c);
  }
  const segs: number[][] = [];
  let i = 0;
  while (i < dec.length) {
    while (i < dec.length && dec[i] === 0x2f) i++;
    const s = i;
    while (i < dec.length && dec[i] !== 0x2f) i++;
    const seg = dec.slice(s, i);
    if (seg.length === 0 || (seg.length === 1 && seg[0] === 0x2e)) continue;
    if (seg.length === 2 && seg[0] === 0x2e && seg[1] === 0x2e) {
      if (segs.length === 0) return undefined;
      segs.pop();
      continue;
    }
    segs.push(seg);
  }
  const out: number[] = [];
  segs.forEach((s, k) => {
    if (k) out.push(0x2f);
    out.push(...s);
  });
  if (out.length + 2 > 1024) return undefined;
  return Buffer.from(out);
}

export function globMatch(p: string, s: string): boolean {
  let i = 0,
    j = 0;
  while (i < p.length) {
    if (p[i] === "*") {
      const dbl = p[i + 1] === "*";
      const ni = i + (dbl ? 2 : 1);
      for (let k = j; k <= s.length; k++) {
        if (globMatch(p.slice(ni), s.slice(k))) return true;
        if (k < s.length && !dbl && s[k] === "/") break;
      }
      return false;
    }
    if (j >= s.length) return false;
    if (p[i] === "?") {
      if (s[j] === "/") return false;
    } else if (p[i] !== s[j]) {
      return false;
    }
    i++;
    j++;
  }
  return j === s.length;
}

function isHidden(pats: string | undefined, rel: string): boolean {
  if (!pats) return false;
  for (const p of pats.split("|")) {
    if (!p) continue;
    if (globMatch(p, rel)) return true;
    if (rel.split("/").some((seg) => globMatch(p, seg))) return true;
  }
  return false;
}

const mimeTab: Record<string, string> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  shtml: "text/html; charset=utf-8",
  css: "text/css",
  js: "application/javascript",
  mjs: "application/javascript",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown",
  csv: "text/csv",
  xml: "application/xml",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  ico: "image/x-icon",
  webp: "image/webp",
  bmp: "image/bmp",
  wasm: "application/wasm",
  pdf: "application/pdf",
  zip: "application/zip",
  gz: "application/gzip",
  tar: "application/x-tar",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
  mp4: "video/mp4",
  webm: "video/webm",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  bin: "application/octet-stream",
  pem: "application/x-pem-file",
};

export function mimeType(name: string, custom?: string): string {
  const lname = name.toLowerCase();
  if (custom) {
    for (const ent of custom.split(",")) {
      const eq = ent.indexOf("=");
      if (eq <= 0) continue;
      const k = ent.slice(0, eq).trim().toLowerCase();
      if (k && lname.endsWith(k)) return ent.slice(eq + 1);
    }
  }
  const dot = name.lastIndexOf(".");
  if (dot >= 0 && !name.slice(dot).includes("/")) {
    const t = mimeTab[name.slice(dot + 1).toLowerCase()];
    if (t) return t;
  }
  return "text/plain; charset=utf-8";
}

export function rangeParse(h: string, total: number): [number, number] | 0 | -1 {
  let p = h.replace(/^ +/, "");
  if (!p.startsWith("bytes=")) return 0;
  p = p.slice(6).replace(/^ +/, "");
  if (p.includes(",")) return 0;
  let m = /^-(\d+) *$/.exec(p);
  if (m) {
    let b = Number(m[1]);
    if (b === 0 || total === 0) return -1;
    if (b > total) b = total;
    return [total - b, total - 1];
  }
  if (p.startsWith("-")) return 0;
  m = /^(\d+)-(\d*)( *)$/.exec(p);
  if (!m) {
    m = /^(\d+)-( .*)$/.exec(p);
    if (!m || m[2].trim() !== "") return 0;
    m = [m[0], m[1], ""] as unknown as RegExpExecArray;
  }
  const a = Number(m[1]);
  let b = m[2] === "" ? Number.MAX_SAFE_INTEGER : Number(m[2]);
  if (b < a) return 0;
  if (a >= total) return -1;
  if (b >= total) b = total - 1;
  return [a, b];
}

const monNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function dateFormat(t: number): string {
  return new Date(t * 1000).toUTCString();
}

export function dateParse(s: string): number | undefined {
  if (s.length < 29) return undefined;
  const m = /^(\S{1,3}), ?(\d{1,2}) ?(\S{1,3}) ?(\d{1,4}) ?(\d{1,2}):(\d{1,2}):(\d{1,2}) ?(\S{1,3})/.exec(s);
  if (!m || m[8] !== "GMT") return undefined;
  const [d, y, hh, mm, ss] = [m[2], m[4], m[5], m[6], m[7]].map(Number);
  const mon = monNames.indexOf(m[3]);
  if (d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60 || mon < 0) return undefined;
  return Date.UTC(y, mon, d) / 1000 + hh * 3600 + mm * 60 + ss;
}

/** Whether an If-Match / If-None-Match list (RFC 9110 13.1.1-2) names etag:
 *  "*" alone matches; weak comparison ignores W/, strong needs both strong;
 *  a malformed list matches nothing (static.c's etag_list_match). */
export function etagListMatch(field: string, etag: string, weak: boolean): boolean {
  const ows = (c: string) => c === " " || c === "\t";
  let i = 0;
  let t = field.length;
  while (i < t && ows(field[i])) i++;
  while (t > i && ows(field[t - 1])) t--;
  if (field.slice(i, t) === "*") return true;
  let found = false;
  while (i < t) {
    while (i < t && (ows(field[i]) || field[i] === ",")) i++;
    if (i >= t) break;
    const isWeak = field.startsWith("W/", i);
    if (isWeak) i += 2;
    if (field[i] !== '"') return false;
    const j = field.indexOf('"', i + 1);
    if (j < 0 || j >= t) return false;
    if (field.slice(i, j + 1) === etag && (weak || !isWeak)) found = true;
    i = j + 1;
    while (i < t && ows(field[i])) i++;
    if (i < t && field[i] !== ",") return false;
  }
  return found;
}

/** If-Range (RFC 9110 13.1.5): an entity tag that strongly matches, or the exact Last-Modified date. */
function ifRangeHolds(v: string, etag: string, mtime: number): boolean {
  const s = v.trim();
  if (s.startsWith('"') || s.startsWith("W/")) return s === etag;
  return dateParse(s) === mtime;
}

/** The origin-form part of a request target: "http://h/p?q" -> "/p?q". */
function originForm(url: string): string {
  const m = /^[A-Za-z0-9+.-]+:\/\/[^/?#]*/.exec(url);
  return m ? url.slice(m[0].length) || "/" : url;
}

function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function urlEncode(b: Buffer): string {
  let o = "";
  for (const c of b) {
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 45 ||
      c === 95 ||
      c === 46 ||
      c === 126
    )
      o += String.fromCharCode(c);
    else o += "%" + c.toString(16).toUpperCase().padStart(2, "0");
  }
  return o;
}

function inRoot(real: string, root: string): boolean {
  if (!real.startsWith(root)) return false;
  if (root.endsWith("/")) return true;
  return real.length === root.length || real[root.length] === "/";
}

/** extra_headers: "A: b\r\nC: d" lines, invalid ones dropped. */
function extraHeaders(s: string | undefined): [string, string][] {
  const out: [string, string][] = [];
  for (const line of (s ?? "").split(/[\r\n]+/)) {
    if (!line || !line.includes(":") || line[0] === ":" || line[0] === " ") continue;
    const c = line.indexOf(":");
    out.push([line.slice(0, c), line.slice(c + 1).replace(/^ /, "")]);
  }
  return out;
}

// -------------------------------------------------------------------- HTTP

export interface Limits {
  max_header_size: number;
  max_body_size: number;
  max_connections: number;
  idle_timeout_ms: number;
  request_timeout_ms: number;
  response_timeout_ms: number;
  header_timeout_ms: number;
  max_connections_per_address: number;
  min_send_rate: number;
  send_rate_window_ms: number;
}

const defaultLimits: Limits = {
  max_header_size: 8192,
  max_body_size: 1024 * 1024,
  max_connections: 64,
  idle_timeout_ms: 5000,
  request_timeout_ms: 10000,
  response_timeout_ms: 30000,
  header_timeout_ms: 4000,
  max_connections_per_address: 16,
  min_send_rate: 256,
  send_rate_window_ms: 10000,
};

const statusText: Record<number, string> = {
  200: "OK",
  206: "Partial Content",
  301: "Moved Permanently",
  304: "Not Modified",
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
  505: "HTTP Version Not Supported",
};

let nextConnId = 0;

/** Percent-decodes a path (bytes), leaving %00 and bad escapes as they are; UTF-8 with U+FFFD. */
function decodePath(url: Buffer): string {
  const out: number[] = [];
  const hex = (c: number) =>
    c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  for (let i = 0; i < url.length; i++) {
    const c = url[i];
    if (c === 0x25 && i + 2 < url.length + 0 && i + 2 <= url.length - 1) {
      const h = hex(url[i + 1]),
        l = hex(url[i + 2]);
      if (h >= 0 && l >= 0 && h * 16 + l !== 0) {
        out.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out.push(c);
  }
  return Buffer.from(out).toString("utf8");
}

/** net/http.h's send buffer limit on the host (HTTP_TX_MAX_DEFAULT), and the
 *  framing its check allows for; node's high-water mark is the device's
 *  HTTP_TX_HIGH_DEFAULT already. */
const txMax = 1024 * 1024;
const framingMax = 24;

/** Why http.c refuses to send this head (a CR/LF would forge headers), or undefined. */
function headProblem(code: number, h: Record<string, string>): string | undefined {
  if (code < 100 || code > 999) return `invalid status code ${code}`;
  // eslint-disable-next-line no-control-regex
  const shown = (x: string) =>
    Buffer.from(x, "utf8")
      .toString("latin1")
      .replace(/[\x00-\x1f\x7f]/g, "?")
      .slice(0, 63);
  for (const [k, v] of Object.entries(h)) {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(k)) return `invalid response header name '${shown(k)}'`;
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(v)) return `invalid value of response header '${shown(k)}'`;
    if (k.toLowerCase() === "content-length" && !/^[ \t]*[0-9]+[ \t]*$/.test(v))
      return `invalid Content-Length '${shown(v)}'`;
  }
  return undefined;
}

/** The path and query of a request target: an absolute-form target
 *  ("http://host/p?q") is served by its path, and the query ends at '#'. */
export function splitTarget(url: string): { path: string; query: string } {
  const m = /^[A-Za-z0-9+.-]+:\/\/[^/?#]*/.exec(url);
  const rest = m ? url.slice(m[0].length) : url;
  const e = rest.search(/[?#]/);
  const p = e < 0 ? rest : rest.slice(0, e);
  let query = "";
  if (e >= 0 && rest[e] === "?") {
    const h = rest.indexOf("#", e);
    query = rest.slice(e + 1, h < 0 ? undefined : h);
  }
  return { path: p === "" ? "/" : p, query };
}

class ShimResponse {
  ended = false;
  /** the app called end(): a later write is node's "write after end" */
  private appEnded = false;
  private onDrain?: Fn;
  private onError?: Fn;
  constructor(
    private readonly res: http.ServerResponse,
    private readonly req: http.IncomingMessage,
    private readonly server: ShimServer,
    readonly connId: number,
  ) {
    res.on("drain", () => {
      if (this.live && this.onDrain) callApp("response 'drain' callback", this.onDrain);
    });
  }

  /** 'drain' and 'error', one listener each, as api.c keeps them. */
  on(event: unknown, fn: unknown): ShimResponse {
    if (this.live && typeof fn === "function") {
      if (event === "drain") this.onDrain = fn as Fn;
      else if (event === "error") this.onError = fn as Fn;
    }
    return this;
  }

  private get noBody(): boolean {
    const s = this.res.statusCode;
    return this.req.method === "HEAD" || s === 204 || s === 304 || s < 200;
  }

  /** len more bytes would pass the send buffer limit (http.c's ex_overflow):
   *  the response is given up and the app told, from the loop through its
   *  'error' listener, or else by a throw. */
  private overflows(len: number): boolean {
    return !this.noBody && this.res.writableLength + len + framingMax > txMax;
  }

  private overflow(len: number): false {
    const msg = `write of ${len} bytes would exceed the send buffer limit of ${txMax} bytes`;
    const head = !this.res.headersSent;
    this.server.reportError(
      this.connId,
      `${this.describe()}: ${msg}; ${head ? "answered 500" : "closing the connection after the bytes queued"}`,
    );
    const fn = this.onError;
    this.onDrain = this.onError = undefined;
    if (head) this.simple(500, [["Connection", "close"]]);
    else {
      // what was queued goes out, then the connection closes: a truncated response
      this.ended = true;
      this.req.socket.end();
    }
    if (!fn) throw new Error(msg);
    process.nextTick(() => callApp("response 'error' callback", fn, new Error(msg)));
    return false;
  }

  private get live(): boolean {
    return !this.ended && !this.res.destroyed && !this.res.writableEnded;
  }

  writeHead(code: number, headers?: Headers): void {
    if (this.res.headersSent) throw new Error("Cannot write headers after they are sent to the client");
    if (!this.live) return;
    const h: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers ?? {})) h[k] = String(v);
    code = Number(code) | 0;
    const refused = headProblem(code, h);
    if (refused) {
      // like the device: a 500 with nothing of the app's in it, later writes go nowhere
      this.server.reportError(this.connId, `${this.describe()}: ${refused}; answered 500`);
      this.simple(500, [["Connection", "close"]]);
      return;
    }
    try {
      this.res.writeHead(code, h);
    } catch (e) {
      this.server.reportError(this.connId, `${this.describe()}: ${(e as Error).message}`);
    }
  }

  private bytes(data: unknown): string | Buffer | undefined {
    if (typeof data === "string") return data;
    if (data === undefined) return undefined;
    return client.binaryBody(data) ?? JSON.stringify(data);
  }

  /** node's ERR_STREAM_WRITE_AFTER_END, as api.c raises it: the call
   *  returns, and the error, made here for its position, is logged from the
   *  loop as uncaught (the listeners went with end()). */
  private writeAfterEnd(): void {
    const e = new Error("write after end");
    process.nextTick(() => reportUncaught(this.describe(), e));
  }

  write(data: unknown): boolean {
    if (this.appEnded) {
      this.writeAfterEnd();
      return false;
    }
    if (!this.live) return false;
    const s = this.bytes(data);
    const len = s === undefined ? 0 : Buffer.byteLength(s);
    if (this.overflows(len)) return this.overflow(len);
    if (!this.res.headersSent) {
      this.res.writeHead(this.res.statusCode);
    }
    if (s !== undefined && s.length && !this.noBody) return this.res.write(s);
    return true;
  }

  end(data?: unknown): void {
    if (this.appEnded) {
      // like node, a second end() without data is no error
      if (data) this.writeAfterEnd();
      return;
    }
    this.appEnded = true;
    if (!this.live) return;
    const s = this.bytes(data);
    if (s !== undefined && this.overflows(Buffer.byteLength(s))) {
      this.overflow(Buffer.byteLength(s));
      return;
    }
    this.ended = true;
    this.onDrain = this.onError = undefined;
    // like the device: end() before any head means a fixed Content-Length
    // (node would go close-delimited for HTTP/1.0 clients)
    if (!this.res.headersSent) this.res.setHeader("Content-Length", s === undefined ? 0 : Buffer.byteLength(s));
    if (s !== undefined) this.res.end(s);
    else this.res.end();
  }

  describe(): string {
    return `conn ${this.connId} ${this.req.method} ${this.req.url}`;
  }

  /** The handler threw (api.c's fail_response): a 500 when nothing was
   *  sent yet, else the connection closes after what was written. Returns
   *  what the log line adds. */
  failed(): string {
    if (!this.live) return "";
    if (this.res.headersSent) {
      this.ended = true;
      this.req.socket.end();
      return "; closed the connection (the response had started)";
    }
    this.simple(500, [["Connection", "close"]]);
    return "; answered 500";
  }

  private simple(status: number, extra: [string, string][]): void {
    const body = `${statusText[status] ?? "Unknown"}\n`;
    this.rawHead(status, [
      ["Content-Type", "text/plain"],
      ["Content-Length", String(Buffer.byteLength(body))],
      ...extra,
    ]);
    this.ended = true;
    this.res.end(body);
  }

  private rawHead(status: number, h: [string, string][]): void {
    const obj: Record<string, string | string[]> = {};
    for (const [k, v] of h) {
      const key = Object.keys(obj).find((x) => x.toLowerCase() === k.toLowerCase()) ?? k;
      const old = obj[key];
      obj[key] = old === undefined ? v : Array.isArray(old) ? [...old, v] : [old, v];
    }
    this.res.writeHead(status, statusText[status], obj);
  }

  serve(opts?: Record<string, unknown>): void {
    if (!this.live || this.res.headersSent) return;
    const o = opts ?? {};
    const str = (k: string): string | undefined => {
      const v = o[k];
      if (v === undefined || v === null) return undefined;
      if (typeof v === "boolean") return v ? "yes" : "";
      return String(v);
    };
    const listing = str("enable_directory_listing");
    const docRoot = str("document_root");
    const hidden = str("hidden_file_pattern");
    const extra = extraHeaders(str("extra_headers"));
    const acl = str("ip_acl");
    const req = this.req;
    if (acl) {
      const a = aclCheck(acl, req.socket.remoteAddress ?? "");
      if (typeof a === "string") {
        this.server.reportError(this.connId, `${this.describe()}: ${a}; denying every client (403)`);
        return this.simple(403, extra);
      }
      if (a === 0) return this.simple(403, extra);
    }
    if (req.method !== "GET" && req.method !== "HEAD") return this.simple(405, [...extra, ["Allow", "GET, HEAD"]]);
    const urlBytes = Buffer.from(originForm(req.url ?? "/"), "latin1");
    let qpos = urlBytes.findIndex((c) => c === 0x3f || c === 0x23);
    if (qpos < 0) qpos = urlBytes.length;
    const relB = sanitizePath(urlBytes.subarray(0, qpos));
    if (!relB) {
      this.server.reportError(this.connId, `${this.describe()}: rejected unsafe path (400)`);
      return this.simple(400, extra);
    }
    const rel = relB.toString("latin1");
    if (isHidden(hidden, rel)) return this.simple(404, extra);
    let root: string;
    try {
      root = fs.realpathSync(docRoot || ".");
    } catch (e) {
      this.server.reportError(
        this.connId,
        `${this.describe()}: document_root '${docRoot ?? "."}': ${(e as Error).message} (500)`,
      );
      return this.simple(500, extra);
    }
    const full = Buffer.concat([Buffer.from(root + "/"), relB]);
    let st: fs.Stats;
    try {
      st = fs.statSync(full);
    } catch {
      return this.simple(404, extra);
    }
    let real: string;
    try {
      real = fs.realpathSync(full);
    } catch {
      return this.simple(403, extra);
    }
    if (!inRoot(real, root)) {
      this.server.reportError(this.connId, `${this.describe()}: resolves outside document_root (403)`);
      return this.simple(403, extra);
    }
    const slashEnd = urlBytes[qpos - 1] === 0x2f;
    if (!st.isDirectory() && slashEnd) return this.simple(404, extra); // "/file.txt/"
    if (st.isDirectory()) {
      if (!slashEnd) {
        // the Location is the clean path, never the target as sent: "//evil.example/.." must not
        // redirect off-site
        const q = urlBytes[qpos] === 0x3f ? urlBytes.subarray(qpos).toString("latin1") : "";
        const enc = relB.length
          ? "/" +
            relB
              .toString("latin1")
              .split("/")
              .map((x) => urlEncode(Buffer.from(x, "latin1")))
              .join("/")
          : "";
        const fragmentFree = q.split("#")[0];
        return this.simple(301, [...extra, ["Location", `${enc}/${fragmentFree}`]]);
      }
      let found = false;
      for (const idx of (str("index_files") || "index.html,index.htm").split(",")) {
        if (!idx || idx.length >= 200) continue;
        try {
          const p = real + "/" + idx;
          const ist = fs.statSync(p);
          if (!ist.isFile()) continue;
          const r2 = fs.realpathSync(p);
          if (!inRoot(r2, root)) continue;
          real = r2;
          st = ist;
          found = true;
          break;
        } catch {
          continue;
        }
      }
      if (!found) {
        if (listing && listing !== "no" && listing !== "false" && listing !== "0")
          return this.listDir(real, rel, hidden, extra);
        return this.simple(403, extra);
      }
    }
    if (!st.isFile()) return this.simple(403, extra);
    const mtime = Math.floor(st.mtimeMs / 1000);
    const etag = `"${mtime.toString(16)}.${st.size.toString(16)}"`;
    const lm = dateFormat(mtime);
    let status = 200;
    // RFC 9110 13.2.2: If-Match, else If-Unmodified-Since; then If-None-Match, else If-Modified-Since
    const im = req.headers["if-match"];
    const ius = im === undefined ? req.headers["if-unmodified-since"] : undefined;
    const iusT = ius !== undefined ? dateParse(ius) : undefined;
    if ((im !== undefined && !etagListMatch(im, etag, false)) || (iusT !== undefined && mtime > iusT))
      return this.simple(412, extra);
    const inm = req.headers["if-none-match"];
    if (inm !== undefined) {
      if (etagListMatch(inm, etag, true)) status = 304;
    } else {
      const ims = req.headers["if-modified-since"];
      const t = ims !== undefined ? dateParse(ims) : undefined;
      if (t !== undefined && mtime <= t) status = 304;
    }
    if (status === 304) {
      this.rawHead(304, [["ETag", etag], ["Last-Modified", lm], ...extra]);
      this.ended = true;
      this.res.end();
      return;
    }
    let start = 0,
      len = st.size;
    const ifRange = req.headers["if-range"] as string | undefined;
    const range = ifRange === undefined || ifRangeHolds(ifRange, etag, mtime) ? req.headers["range"] : undefined;
    const h: [string, string][] = [];
    if (range !== undefined) {
      const r = rangeParse(range, st.size);
      if (r === -1) return this.simple(416, [...extra, ["Content-Range", `bytes */${st.size}`]]);
      if (r !== 0) {
        status = 206;
        start = r[0];
        len = r[1] - r[0] + 1;
      }
    }
    h.push(
      ["Content-Type", mimeType(path.basename(real), str("custom_mime_types"))],
      ["Content-Length", String(len)],
      ["Last-Modified", lm],
      ["ETag", etag],
      ["Accept-Ranges", "bytes"],
    );
    if (status === 206) h.push(["Content-Range", `bytes ${start}-${start + len - 1}/${st.size}`]);
    this.rawHead(status, [...h, ...extra]);
    this.ended = true;
    if (req.method === "HEAD" || len === 0) {
      this.res.end();
      return;
    }
    const stream = fs.createReadStream(real, { start, end: start + len - 1, highWaterMark: 64 * 1024 });
    stream.on("error", () => this.res.destroy());
    stream.pipe(this.res);
  }

  private listDir(dir: string, rel: string, hidden: string | undefined, extra: [string, string][]): void {
    let names: Buffer[];
    try {
      names = fs
        .readdirSync(dir, { encoding: "buffer" })
        .filter((n) => !isHidden(hidden, (rel ? rel + "/" : "") + n.toString("latin1")));
    } catch {
      return this.simple(404, extra);
    }
    names.sort(Buffer.compare);
    const esc = htmlEscape(
      decodePath(Buffer.from(this.req.url ?? "/", "latin1").subarray(0, (this.req.url ?? "/").split(/[?#]/)[0].length)),
    );
    let body =
      `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Index of ${esc}</title></head>\n` +
      `<body><h1>Index of ${esc}</h1>\n<table>\n<tr><th>Name</th><th>Size</th><th>Modified</th></tr>\n` +
      `<tr><td><a href="../">../</a></td><td>-</td><td></td></tr>\n`;
    for (const n of names) {
      let st: fs.Stats;
      try {
        st = fs.statSync(Buffer.concat([Buffer.from(dir + "/"), n]));
      } catch {
        continue;
      }
      const isdir = st.isDirectory();
      const nm = n.toString("utf8");
      body += `<tr><td><a href="${urlEncode(n)}${isdir ? "/" : ""}">${htmlEscape(nm)}${isdir ? "/" : ""}</a></td><td>${isdir ? "-" : st.size}</td><td>${dateFormat(Math.floor(st.mtimeMs / 1000))}</td></tr>\n`;
    }
    body += "</table>\n</body></html>\n";
    this.rawHead(200, [["Content-Type", "text/html; charset=utf-8"], ...extra]);
    this.ended = true;
    this.res.end(body);
  }
}

/** net/log.c's limit on the log lines a peer can trigger: 20 per 10 s, then
 *  one summary line with the count when the window ends. */
const peerLog = { start: 0, logged: 0, dropped: 0, timer: undefined as NodeJS.Timeout | undefined };
function logPeer(msg: string): void {
  const now = Date.now();
  if (!peerLog.logged && !peerLog.dropped) peerLog.start = now;
  if (peerLog.logged < 20) {
    peerLog.logged++;
    log("warn", msg);
  } else {
    peerLog.dropped++;
  }
  if (!peerLog.timer)
    peerLog.timer = nodeSetTimeout(
      () => {
        if (peerLog.dropped) log("warn", `${peerLog.dropped} more log lines were not written (at most 20 every 10 s)`);
        peerLog.logged = peerLog.dropped = 0;
        peerLog.timer = undefined;
      },
      Math.max(0, peerLog.start + 10_000 - now),
    ).unref();
}

/** What http.c's eviction needs to know of a connection. */
interface Slot {
  id: number;
  addr: string;
  since: number; // accepted, or its last complete request
  busy: boolean; // a request of it is being answered
}

/** http.c's status for a request the parser refused: 501 for a well-formed
 *  method it does not know, 505 for an HTTP version it does not speak. */
function clientErrorStatus(err: NodeJS.ErrnoException & { rawPacket?: Buffer }): number {
  if (err.code === "HPE_HEADER_OVERFLOW") return 431;
  if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  if (err.code === "HPE_INVALID_METHOD")
    return /^[\r\n]*[!#$%&'*+\-.^_`|~0-9A-Za-z]+ /.test(err.rawPacket?.toString("latin1") ?? "") ? 501 : 400;
  if (err.code === "HPE_INVALID_VERSION" && /^Parse Error: Invalid HTTP version/.test(err.message)) return 505;
  return 400;
}

class ShimServer {
  private readonly srv: http.Server;
  private readonly sockets = new Map<net.Socket, number>();
  private readonly slots = new Map<net.Socket, Slot>();

  /** http.c's make_room: within a limit of n connections (0: none), close the
   *  one that has gone longest without a complete request, if one is not
   *  being answered; false when every one is. */
  private makeRoom(n: number, addr?: string): boolean {
    const live = [...this.slots].filter(([s, st]) => !s.destroyed && (addr === undefined || st.addr === addr));
    if (!n || live.length < n) return true;
    let victim: [net.Socket, Slot] | undefined;
    for (const e of live)
      if (!e[1].busy && e[0].writableLength === 0 && (!victim || e[1].since < victim[1].since)) victim = e;
    if (!victim) return false;
    victim[0].destroy();
    return true;
  }

  private busyReply(sock: net.Socket, id: number, why: string, n: number): void {
    this.reportError(id, `conn ${id}: ${why} (limit ${n}); answered 503`);
    sock.end(
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 20\r\nConnection: close\r\n\r\nService Unavailable\n",
    );
  }
  private handlers: { connection?: Fn; close?: Fn; error?: Fn } = {};
  private limits: Limits = { ...defaultLimits };
  private destroyed = false;

  constructor(private readonly handler: Fn) {
    this.srv = http.createServer({
      maxHeaderSize: defaultLimits.max_header_size,
      requireHostHeader: false, // checked in onRequest, with the device's log line
      connectionsCheckingInterval: 1000,
      keepAlive: true,
    } as http.ServerOptions);
    this.applyLimits();
    this.srv.on("connection", (sock: net.Socket) => {
      const id = ++nextConnId;
      const addr = (sock.remoteAddress ?? "").replace(/^::ffff:/, "");
      const perAddr = this.limits.max_connections_per_address;
      if (!this.makeRoom(perAddr, addr)) return this.busyReply(sock, id, `too many connections from ${addr}`, perAddr);
      if (!this.makeRoom(this.limits.max_connections))
        return this.busyReply(sock, id, "too many connections", this.limits.max_connections);
      this.sockets.set(sock, id);
      this.slots.set(sock, { id, addr, since: Date.now(), busy: false });
      sock.on("close", () => {
        this.sockets.delete(sock);
        this.slots.delete(sock);
        callApp("server 'close' callback", this.handlers.close, id);
      });
      callApp("server 'connection' callback", this.handlers.connection, id);
    });
    this.srv.on("clientError", (err: NodeJS.ErrnoException, sock: net.Socket) => {
      const id = this.sockets.get(sock) ?? 0;
      // pipelined bytes after "Connection: close": the device answers what
      // came before and drops the rest; node's socket closes after that
      // response anyway
      if (err.code === "HPE_CLOSED_CONNECTION") return;
      const code = clientErrorStatus(err);
      if (err.code !== "ECONNRESET") this.reportError(id, `conn ${id}: malformed request: ${err.message} (${code})`);
      if (sock.writable && !(sock as net.Socket & { _httpMessage?: unknown })._httpMessage) {
        const t = statusText[code];
        sock.end(
          `HTTP/1.1 ${code} ${t}\r\nContent-Type: text/plain\r\nContent-Length: ${t.length + 1}\r\nConnection: close\r\n\r\n${t}\n`,
        );
      } else {
        sock.destroy();
      }
    });
    this.srv.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => this.onRequest(req, res));
    this.srv.on("error", (e: NodeJS.ErrnoException) => this.listenError(e));
  }

  /** http.c's send_too_slow: while bytes wait to be sent, at least
   *  min_send_rate bytes/s must leave, judged once per window (node queues in
   *  the socket: bytesWritten counts them, writableLength is what waits). */
  private watchSendRate(sock: net.Socket, res: http.ServerResponse, shimRes: ShimResponse, id: number): void {
    const { min_send_rate: rate, send_rate_window_ms: win } = this.limits;
    if (!rate || !win) return;
    const left = () => sock.bytesWritten - sock.writableLength;
    let start = 0;
    let base = 0;
    const t = nodeSetInterval(
      () => {
        if (sock.writableLength === 0) {
          start = 0;
          return;
        }
        const now = Date.now();
        if (!start) {
          start = now;
          base = left();
          return;
        }
        const span = now - start;
        const got = left() - base;
        if (span < win) return;
        if (got >= Math.floor((rate * span) / 1000)) {
          start = now;
          base = left();
          return;
        }
        nodeClearInterval(t);
        this.reportError(
          id,
          `${shimRes.describe()}: client reads too slowly (${got} bytes in ${span} ms, under ${rate} bytes/s); closing connection`,
        );
        sock.destroy();
      },
      Math.max(10, Math.floor(win / 10)),
    );
    t.unref();
    res.on("close", () => nodeClearInterval(t));
  }

  private applyLimits(): void {
    this.srv.keepAliveTimeout = this.limits.idle_timeout_ms;
    this.srv.headersTimeout = Math.min(this.limits.header_timeout_ms, this.limits.request_timeout_ms);
    this.srv.requestTimeout = this.limits.request_timeout_ms;
    this.srv.maxHeadersCount = 64;
  }

  private listenAddr = "";
  private listenError(e: NodeJS.ErrnoException): void {
    const a = parseListenAddr(this.listenAddr);
    const where = typeof a === "string" ? this.listenAddr : addrText(a);
    const why: Record<string, string> = {
      EADDRINUSE: "Address already in use",
      EACCES: "Permission denied",
      EADDRNOTAVAIL: "Cannot assign requested address",
    };
    this.emitError(-1, `listen ${this.listenAddr}: bind ${where}: ${why[e.code ?? ""] ?? e.message}`);
  }

  reportError(id: number, msg: string): void {
    if (!this.handlers.error) logPeer(msg);
    else if (inApp())
      process.nextTick(() => this.emitError(id, msg)); // after the app's call, as api.c
    else this.emitError(id, msg);
  }

  private emitError(id: number, msg: string): void {
    const h = this.handlers.error;
    if (!h) {
      if (id < 0) {
        process.stderr.write(`Uncaught Error: ${msg}\n`);
        process.exit(1);
      }
      logPeer(msg);
      return;
    }
    // the app handles it: no log line of the runtime's own
    callApp("server 'error' callback", h, id, msg);
  }

  /** Per connection, one exchange at a time (the device reads the next
   *  pipelined request only after the current response ended). */
  private readonly queues = new Map<net.Socket, (() => void)[]>();

  private dispatch(sock: net.Socket, res: http.ServerResponse, run: () => void): void {
    let q = this.queues.get(sock);
    const next = () => {
      const qq = this.queues.get(sock);
      if (!qq) return;
      qq.shift();
      if (qq.length) qq[0]();
      else this.queues.delete(sock);
    };
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        next();
      }
    };
    res.on("finish", finish);
    res.on("close", finish);
    const task = () => run();
    if (!q) {
      q = [task];
      this.queues.set(sock, q);
      task();
    } else {
      q.push(task);
    }
  }

  private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    const id = this.sockets.get(req.socket) ?? 0;
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const max = this.limits.max_body_size;
    const fail = (status: number, what: string) => {
      failed = true;
      this.reportError(id, `conn ${id} ${req.method} ${req.url}: ${what} (${status})`);
      const t = statusText[status];
      res.writeHead(status, {
        "Content-Type": "text/plain",
        "Content-Length": String(t.length + 1),
        Connection: "close",
      });
      res.end(`${t}\n`);
      req.socket.destroySoon();
    };
    // what http.c refuses once the head is in (node takes HTTP/2.0, a second Host, an empty name)
    if (req.httpVersionMajor !== 1) return fail(505, "unsupported HTTP version");
    const names = req.rawHeaders.filter((_, i) => i % 2 === 0);
    if (names.includes("")) return fail(400, "empty header name");
    const hosts = names.filter((n) => n.toLowerCase() === "host").length;
    if (hosts > 1 || (hosts === 0 && req.httpVersionMinor >= 1))
      return fail(400, hosts ? "more than one Host header" : "no Host header");
    const te = req.headers["transfer-encoding"];
    if (te !== undefined && !/^\s*chunked\s*$/i.test(te)) return fail(501, `unsupported Transfer-Encoding '${te}'`);
    const cl = Number(req.headers["content-length"] ?? 0);
    if (cl > max) return fail(413, "request body too large");
    req.on("data", (d: Buffer) => {
      if (failed) return;
      size += d.length;
      if (size > max) return fail(413, "request body too large");
      chunks.push(d);
    });
    req.on("end", () => {
      if (failed) return;
      const url = req.url ?? "/";
      const target = splitTarget(url);
      const headers: Record<string, string> = {};
      const raw = req.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const k = raw[i].toLowerCase();
        headers[k] = k in headers ? `${headers[k]}, ${raw[i + 1]}` : raw[i + 1];
      }
      const reqObj = {
        method: req.method ?? "GET",
        url,
        path: decodePath(Buffer.from(target.path, "latin1")),
        query: target.query,
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remoteAddress: req.socket.remoteAddress ?? "",
      };
      const shimRes = new ShimResponse(res, req, this, id);
      res.setTimeout(this.limits.response_timeout_ms, () => {
        if (res.writableEnded) return;
        this.reportError(
          id,
          `${shimRes.describe()}: response not finished within ${this.limits.response_timeout_ms} ms; closing connection`,
        );
        req.socket.destroy();
      });
      this.watchSendRate(req.socket, res, shimRes, id);
      const slot = this.slots.get(req.socket);
      if (slot) {
        slot.busy = true;
        slot.since = Date.now();
        res.on("close", () => {
          slot.busy = false;
        });
      }
      this.dispatch(req.socket, res, () => {
        try {
          runApp(() => this.handler(reqObj, shimRes));
        } catch (e) {
          reportUncaught(shimRes.describe(), e, shimRes.failed());
        }
      });
    });
  }

  listen(address: unknown, opts?: Record<string, unknown>): ShimServer {
    this.listenAddr =
      typeof address === "number"
        ? Number.isInteger(address) && address >= 0 && address <= 65535
          ? String(address)
          : "invalid"
        : String(address);
    if (opts) {
      for (const k of Object.keys(defaultLimits) as (keyof Limits)[]) {
        const v = opts[k];
        if (v !== undefined && Number(v) >= 0) this.limits[k] = Number(v);
      }
      this.applyLimits();
    }
    const a = this.destroyed ? `listen ${this.listenAddr}: server was destroyed` : parseListenAddr(this.listenAddr);
    if (typeof a === "string") {
      const msg = a.startsWith("listen ") ? a : `listen: ${a}`;
      process.nextTick(() => this.emitError(-1, msg));
      return this;
    }
    const where = { port: a.port, host: ipText(a), ipv6Only: a.family === 6, backlog: 128 };
    const cert = opts?.ssl_cert,
      key = opts?.ssl_key,
      ca = opts?.ssl_ca_cert;
    if (cert !== undefined || key !== undefined || ca !== undefined) {
      // HTTPS: TLS sockets handed to the same http server (issue 4)
      let ctx: tls.TlsOptions;
      try {
        ctx = {
          ...client.tlsPolicy,
          cert: fs.readFileSync(String(cert)),
          key: fs.readFileSync(String(key)),
          ...(ca !== undefined ? { ca: fs.readFileSync(String(ca)), requestCert: true, rejectUnauthorized: true } : {}),
        };
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const what =
          cert === undefined
            ? "ssl_cert"
            : key === undefined
              ? "ssl_key"
              : err.path === String(cert)
                ? "ssl_cert"
                : err.path === String(key)
                  ? "ssl_key"
                  : "ssl_ca_cert";
        process.nextTick(() =>
          this.emitError(
            -1,
            `listen ${this.listenAddr}: ${what} ${err.path ?? ""}: ${err.code === "ENOENT" ? "No such file or directory" : err.message}`,
          ),
        );
        return this;
      }
      const ts = tls.createServer(ctx, (sock) => this.srv.emit("connection", sock));
      ts.on("tlsClientError", (e: Error) => this.reportError(++nextConnId, `TLS handshake: ${e.message}`));
      ts.on("error", (e: NodeJS.ErrnoException) => this.listenError(e));
      this.tlsSrv = ts;
      ts.listen(where);
      return this;
    }
    this.srv.listen(where);
    return this;
  }

  private tlsSrv?: tls.Server;

  on(event: string, fn: Fn): ShimServer {
    if ((event === "connection" || event === "close" || event === "error") && !this.destroyed)
      this.handlers[event] = fn;
    return this;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.srv.close();
    this.tlsSrv?.close();
    for (const s of this.sockets.keys()) s.destroySoon();
  }
}

// ------------------------------------------------------------------ install

function print(...args: unknown[]): void {
  console.log(...args);
}

/** Device.* under the shim (ts/lib/device.d.ts). */
export interface DeviceSettings {
  target: string;
  listen: string;
  www: string;
}

/** Puts the device API's globals in place. */
export function install(device: DeviceSettings = { target: "node", listen: "127.0.0.1:8000", www: "www" }): void {
  const g = globalThis as Record<string, unknown>;
  g.Device = Object.freeze({ ...device });
  g.print = print;
  g.setTimeout = setTimeoutShim;
  g.setInterval = setIntervalShim;
  g.clearTimeout = clearTimerShim;
  g.clearInterval = clearTimerShim;
  g.Http = { createServer: (handler: Fn) => new ShimServer(handler), request: client.request, get: client.get };
  json.install();
}
