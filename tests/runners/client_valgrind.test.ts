/**
 * Valgrind: a compiled app (tests/http/client_valgrind/https_1000.ts, plain
 * -O2 build, no sanitizers) makes 1,000 HTTPS requests to its own HTTPS
 * server (POSTs with JSON bodies, streamed answers, aborts, refused
 * connections) under valgrind's memcheck; it must report 0 bytes definitely
 * lost and no errors. Slow (several minutes: two TLS handshakes per request
 * under valgrind): `make test-client-valgrind`, not part of `make test`.
 */
import { it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { buildNative, root, workDir } from "./common";
import { startProc, waitExit } from "./httpclient";
import { makeCerts } from "./clientpeers";

it(
  "1,000 HTTPS requests to our own HTTPS server under valgrind: 0 bytes definitely lost",
  { timeout: 1_800_000 },
  async () => {
    await makeCerts();
    const exe = await buildNative(
      path.join(root, "tests", "http", "client_valgrind", "https_1000.ts"),
      path.join(workDir, "client-vg"),
      { cflags: [], optimize: "-O2", debug: true },
    );
    const t0 = Date.now();
    const proc = startProc("valgrind", [
      "--leak-check=full",
      "--errors-for-leak-kinds=definite",
      "--error-exitcode=99",
      exe,
    ]);
    const e = await waitExit(proc, 1_700_000);
    process.stdout.write(`valgrind run: ${Math.round((Date.now() - t0) / 1000)} s\n`);
    process.stdout.write(
      proc.stderr
        .split("\n")
        .filter((l) => /definitely|indirectly|possibly|still reachable|ERROR SUMMARY|in use at exit/.test(l))
        .join("\n") + "\n",
    );
    assert.equal(e.timedOut, false, "valgrind run did not finish");
    // 20 of the 1,000 are aborted, 20 go to a closed port
    assert.equal(proc.stdout, "ok 960 errors 20 aborted 20 bytes 13495\n");
    assert.equal(e.code, 0, proc.stderr.slice(-3000));
    assert.match(proc.stderr, /definitely lost: 0 bytes|All heap blocks were freed|no leaks are possible/);
    assert.match(proc.stderr, /ERROR SUMMARY: 0 errors/);
  },
);
