/** The client tests' peers (tests/runners/client.test.ts, client_valgrind.test.ts):
 *  the TLS test certificates, peer.py, python3 -m http.server, openssl s_server,
 *  tests/dns/dnsd.py (a loopback DNS responder on a free port: dnsEnv). */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root, run, workDir } from "./common";
import { connect, startProc, waitExit, Proc } from "./httpclient";

const out = path.join(workDir, "client");
const peerScript = path.join(root, "tests", "http", "client_peers", "peer.py");
const dnsdScript = path.join(root, "tests", "dns", "dnsd.py");

export const PEER_PORT = 18690;
export const STATIC_PORT = 18691;
export const OPENSSL_PORT = 18692;
/** tests/tls/gen-certs.sh's output; the apps name these files. */
export const certDir = path.join(out, "certs");
/** tests/tls/gen-certs.sh into certDir (fresh: the certificates are valid for 30 days). */
export async function makeCerts(): Promise<void> {
  fs.rmSync(certDir, { recursive: true, force: true });
  const g = await run("sh", [path.join(root, "tests", "tls", "gen-certs.sh"), certDir], { timeoutMs: 60_000 });
  assert.equal(g.code, 0, `gen-certs.sh failed:\n${g.stderr}`);
}

/** TSFW_DNS_SERVER for the apps (native and node): dnsd.py's address, set by startPeers. */
export const dnsEnv: Record<string, string> = {};
/** dnsd.py's --delay for slow.test (seconds). */
export const DNS_SLOW_DELAY = 0.6;

/** Starts dnsd.py on a free UDP port (added to procs at once, so that a
 *  failed start is stopped with the rest); it stops when its stdin closes. */
async function startDnsd(procs: Proc[]): Promise<Proc> {
  const child = spawn("python3", [dnsdScript, "--port", "0", "--delay", String(DNS_SLOW_DELAY), "--lifetime", "3600"], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const p: Proc = {
    child,
    stdout: "",
    stderr: "",
    done: new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal }))),
  };
  procs.push(p);
  child.stdout!.on("data", (d) => (p.stdout += d));
  child.stderr!.on("data", (d) => (p.stderr += d));
  // up to 30 s: python starts slowly on a loaded machine (10 s was not always enough)
  const t0 = Date.now();
  while (!/^port \d+\n/.test(p.stdout) && child.exitCode === null && Date.now() - t0 < 30_000)
    await new Promise((r) => setTimeout(r, 20));
  const m = /^port (\d+)\n/.exec(p.stdout);
  assert.ok(m, `dnsd.py did not start:\n${p.stdout}\n${p.stderr}`);
  dnsEnv.TSFW_DNS_SERVER = `127.0.0.1:${m[1]}`;
  return p;
}

/** Makes the test certificates; starts peer.py, python3 -m http.server,
 *  openssl s_server -www and dnsd.py; returns a stop function. */
export async function startPeers(): Promise<() => Promise<void>> {
  const www = path.join(out, "static");
  fs.mkdirSync(www, { recursive: true });
  fs.writeFileSync(path.join(www, "hello.txt"), "hello from http.server\n");
  await makeCerts();
  const procs: Proc[] = [];
  const stop = async () => {
    delete dnsEnv.TSFW_DNS_SERVER;
    for (const p of procs) p.child.kill("SIGTERM");
    for (const p of procs) await waitExit(p, 5000);
  };
  try {
    procs.push(startProc("python3", [peerScript, String(PEER_PORT)]));
    procs.push(
      startProc("python3", ["-m", "http.server", String(STATIC_PORT), "--bind", "127.0.0.1", "--directory", www]),
    );
    // s_server stops at the end of its stdin: keep a pipe open
    const ssl = spawn(
      "openssl",
      [
        "s_server",
        "-accept",
        `127.0.0.1:${OPENSSL_PORT}`,
        "-cert",
        path.join(certDir, "server.pem"),
        "-key",
        path.join(certDir, "server.key"),
        "-www",
        "-quiet",
      ],
      { stdio: ["pipe", "ignore", "ignore"] },
    );
    procs.push({
      child: ssl,
      stdout: "",
      stderr: "",
      done: new Promise((resolve) => ssl.on("close", (code, signal) => resolve({ code, signal }))),
    });
    await startDnsd(procs);
    for (const port of [PEER_PORT, STATIC_PORT, OPENSSL_PORT]) (await connect(port, "127.0.0.1", 15_000)).destroy();
  } catch (e) {
    // a peer that did not come up: stop the others, or they outlive the run
    await stop();
    throw e;
  }
  return stop;
}
