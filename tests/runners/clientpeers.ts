/** The client tests' peers (tests/runners/client.test.ts, client_valgrind.test.ts):
 *  the TLS test certificates, peer.py, python3 -m http.server, openssl s_server. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root, run, workDir } from "./common";
import { connect, startProc, waitExit, Proc } from "./httpclient";

const out = path.join(workDir, "client");
const peerScript = path.join(root, "tests", "http", "client_peers", "peer.py");

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

/** Makes the test certificates; starts peer.py, python3 -m http.server and
 *  openssl s_server -www; returns a stop function. */
export async function startPeers(): Promise<() => Promise<void>> {
  const www = path.join(out, "static");
  fs.mkdirSync(www, { recursive: true });
  fs.writeFileSync(path.join(www, "hello.txt"), "hello from http.server\n");
  await makeCerts();
  const procs: Proc[] = [
    startProc("python3", [peerScript, String(PEER_PORT)]),
    startProc("python3", ["-m", "http.server", String(STATIC_PORT), "--bind", "127.0.0.1", "--directory", www]),
  ];
  // s_server stops at the end of its stdin: keep a pipe open
  const ssl = spawn("openssl", ["s_server", "-accept", `127.0.0.1:${OPENSSL_PORT}`, "-cert", path.join(certDir, "server.pem"),
    "-key", path.join(certDir, "server.key"), "-www", "-quiet"], { stdio: ["pipe", "ignore", "ignore"] });
  procs.push({ child: ssl, stdout: "", stderr: "", done: new Promise((resolve) => ssl.on("close", (code, signal) => resolve({ code, signal }))) });
  for (const port of [PEER_PORT, STATIC_PORT, OPENSSL_PORT]) (await connect(port, "127.0.0.1", 15_000)).destroy();
  return async () => {
    for (const p of procs) p.child.kill("SIGTERM");
    for (const p of procs) await waitExit(p, 5000);
  };
}

