/** A small raw HTTP/1.1 client for the HTTP tests: exact bytes out, parsed responses in. Loopback only. */
import net from "node:net";
import { ChildProcess, spawn } from "node:child_process";

export interface Resp {
  status: number;
  headers: [string, string][];
  body: Buffer;
  framing: "length" | "chunked" | "close" | "none";
}

/** Parses one response from buf; undefined if incomplete (unless eof). */
export function parseResponse(buf: Buffer, head: boolean, eof: boolean): { resp: Resp; used: number } | undefined {
  const end = buf.indexOf("\r\n\r\n");
  if (end < 0) return undefined;
  const lines = buf.subarray(0, end).toString("latin1").split("\r\n");
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]);
  if (!m) throw new Error(`bad status line: ${JSON.stringify(lines[0])}`);
  const status = Number(m[1]);
  const headers: [string, string][] = lines.slice(1).map((l) => {
    const c = l.indexOf(":");
    return [l.slice(0, c).toLowerCase(), l.slice(c + 1).trim()];
  });
  const get = (n: string) => headers.find((h) => h[0] === n)?.[1];
  let pos = end + 4;
  if (head || status === 204 || status === 304 || status < 200)
    return { resp: { status, headers, body: Buffer.alloc(0), framing: "none" }, used: pos };
  if (/chunked/i.test(get("transfer-encoding") ?? "")) {
    const parts: Buffer[] = [];
    for (;;) {
      const le = buf.indexOf("\r\n", pos);
      if (le < 0) return undefined;
      const size = parseInt(buf.subarray(pos, le).toString("latin1"), 16);
      if (Number.isNaN(size)) throw new Error("bad chunk size");
      if (le + 2 + size + 2 > buf.length) return undefined;
      parts.push(buf.subarray(le + 2, le + 2 + size));
      pos = le + 2 + size + 2;
      if (size === 0) return { resp: { status, headers, body: Buffer.concat(parts), framing: "chunked" }, used: pos };
    }
  }
  const cl = get("content-length");
  if (cl !== undefined) {
    const n = Number(cl);
    if (buf.length < pos + n) return undefined;
    return { resp: { status, headers, body: buf.subarray(pos, pos + n), framing: "length" }, used: pos + n };
  }
  if (!eof) return undefined;
  return { resp: { status, headers, body: buf.subarray(pos), framing: "close" }, used: buf.length };
}

/** Connects, retrying while the server is not up yet (connection refused). */
export async function connect(port: number, host: string, waitMs = 15_000): Promise<net.Socket> {
  const t0 = Date.now();
  for (;;) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const s = net.connect({ port, host });
        s.once("connect", () => resolve(s));
        s.once("error", (e) => reject(e));
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ECONNREFUSED" || Date.now() - t0 > waitMs) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A connection that collects what the server sends. */
export class Conn {
  buf = Buffer.alloc(0);
  eof = false;
  private waiters: (() => void)[] = [];
  constructor(readonly sock: net.Socket) {
    sock.on("data", (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.wake();
    });
    sock.on("end", () => {
      this.eof = true;
      this.wake();
    });
    sock.on("close", () => {
      this.eof = true;
      this.wake();
    });
    sock.on("error", () => {
      this.eof = true;
      this.wake();
    });
  }
  static async open(port: number, host: string): Promise<Conn> {
    return new Conn(await connect(port, host));
  }
  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }
  private wait(deadline: number): Promise<boolean> {
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
      this.waiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }
  send(data: string | Buffer): void {
    this.sock.write(typeof data === "string" ? Buffer.from(data, "latin1") : data);
  }
  /** Reads n responses (heads[i]: response to HEAD). */
  async read(n: number, heads: boolean[] = [], timeoutMs = 10_000): Promise<Resp[]> {
    const deadline = Date.now() + timeoutMs;
    const out: Resp[] = [];
    while (out.length < n) {
      const r = parseResponse(this.buf, heads[out.length] ?? false, this.eof);
      if (r) {
        out.push(r.resp);
        this.buf = this.buf.subarray(r.used);
        continue;
      }
      if (this.eof)
        throw new Error(
          `connection closed after ${out.length} of ${n} responses; pending ${JSON.stringify(this.buf.toString("latin1").slice(0, 200))}`,
        );
      if (!(await this.wait(deadline))) throw new Error(`timeout after ${out.length} of ${n} responses`);
    }
    return out;
  }
  /** Waits until the server closes; returns false on timeout. */
  async closed(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.eof) if (!(await this.wait(deadline))) return false;
    return true;
  }
  close(): void {
    this.sock.destroy();
  }
}

export function request(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
  version = "1.1",
): string {
  let s = `${method} ${path} HTTP/${version}\r\nHost: test\r\n`;
  for (const [k, v] of Object.entries(headers)) s += `${k}: ${v}\r\n`;
  if (body !== undefined && !Object.keys(headers).some((k) => /^(content-length|transfer-encoding)$/i.test(k)))
    s += `Content-Length: ${Buffer.byteLength(body)}\r\n`;
  return s + "\r\n" + Buffer.from(body ?? "", "utf8").toString("latin1");
}

/** A server process and its output. */
export interface Proc {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startProc(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Proc {
  const child = spawn(cmd, args, { env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  const p: Proc = { child, stdout: "", stderr: "", done: undefined as unknown as Proc["done"] };
  child.stdout!.on("data", (d) => (p.stdout += d));
  child.stderr!.on("data", (d) => (p.stderr += d));
  p.done = new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return p;
}

/** Waits for the process to exit; kills it after timeoutMs. */
export async function waitExit(
  p: Proc,
  timeoutMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; timedOut: boolean }> {
  let timedOut = false;
  const t = setTimeout(() => {
    timedOut = true;
    p.child.kill("SIGKILL");
  }, timeoutMs);
  const r = await p.done;
  clearTimeout(t);
  return { ...r, timedOut };
}
