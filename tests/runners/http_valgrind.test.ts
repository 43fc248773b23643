/**
 * Valgrind: a compiled app (tests/http/soak/mixed.ts, no sanitizers) serves
 * 10,000 mixed requests under valgrind's memcheck; after destroy() the
 * program exits and must report 0 bytes definitely lost and no errors.
 * Slow (about a minute): `make test-http-valgrind`, not part of test-http.
 */
import { it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { plain, root, workDir, buildNative } from "./common";
import { Conn, connect, request, startProc, waitExit } from "./httpclient";
import { prepareWww } from "./httpcases";
import { load } from "./httpload";

it("10,000 mixed requests under valgrind: 0 bytes definitely lost", { timeout: 600_000 }, async () => {
  prepareWww(root);
  const exe = await buildNative(
    path.join(root, "tests", "http", "soak", "mixed.ts"),
    path.join(workDir, "http-vg"),
    plain,
  );
  const proc = startProc("valgrind", [
    "--leak-check=full",
    "--errors-for-leak-kinds=definite",
    "--error-exitcode=99",
    exe,
  ]);
  (await connect(18490, "127.0.0.1", 60_000)).destroy();
  const n = await load(18490, 10_000);
  const q = await Conn.open(18490, "127.0.0.1");
  q.send(request("GET", "/quit"));
  const [r] = await q.read(1, [], 60_000);
  q.close();
  const e = await waitExit(proc, 120_000);
  process.stdout.write(
    proc.stderr
      .split("\n")
      .filter((l) => /definitely|indirectly|possibly|still reachable|ERROR SUMMARY|in use at exit/.test(l))
      .join("\n") + "\n",
  );
  assert.equal(n, 10_000);
  assert.match(r.body.toString(), /^bye after 10001$/);
  assert.equal(e.code, 0, proc.stderr.slice(-3000));
  assert.match(proc.stderr, /definitely lost: 0 bytes|All heap blocks were freed|no leaks are possible/);
  assert.match(proc.stderr, /ERROR SUMMARY: 0 errors/);
});
