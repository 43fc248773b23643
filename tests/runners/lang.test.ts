/**
 * Differential tests: every program in tests/lang runs under node and as a
 * native build with ASan, UBSan and LeakSanitizer; stdout and the exit code
 * must be identical, and the native run must report no sanitizer error. A program may set
 * environment variables for both runs in its first line: `// env: TZ=Asia/Kolkata`.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  appName,
  programEnv,
  asanEnv,
  buildNative,
  listApps,
  root,
  run,
  runOnNode,
  sanitize,
  selected,
  workDir,
} from "./common";

const apps = selected(listApps(path.join(root, "tests", "lang")));
const out = path.join(workDir, "lang");

describe("lang: node and native agree", { concurrency: 2 }, () => {
  for (const app of apps) {
    it(appName(app), async () => {
      const [expected, exe] = await Promise.all([runOnNode(app, out), buildNative(app, out, sanitize)]);
      const got = await run(exe, [], { env: programEnv(app, asanEnv), timeoutMs: 60_000 });
      assert.equal(got.stdout, expected.stdout, `stdout differs for ${app}`);
      assert.ok(
        !/ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.test(got.stderr),
        `sanitizer report:\n${got.stderr}`,
      );
      assert.equal(got.code, expected.code, `exit code: native ${got.code}, node ${expected.code}\n${got.stderr}`);
    });
  }
});
