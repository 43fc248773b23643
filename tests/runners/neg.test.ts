/**
 * Negative tests: each program in tests/neg is outside the subset or has a
 * type error. Its trailing `// expect: CODE LINE:COL` comments list exactly the
 * diagnostics the compiler must report, and the CLI must exit 1 writing no C.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { compileToC } from "../../ts/compiler/src/compile";
import { listApps, root, run, selected, workDir } from "./common";

const negDir = path.join(root, "tests", "neg");
// tests/neg/<dir>/app.ts: apps with a tsconfig.json of their own
const withConfig = fs
  .readdirSync(negDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => path.join(negDir, d.name, "app.ts"));
const apps = selected([...listApps(negDir), ...withConfig]);

describe("neg: refused with the exact diagnostics", () => {
  for (const app of apps) {
    it(path.relative(negDir, app), () => {
      const expected = [...fs.readFileSync(app, "utf8").matchAll(/^\/\/ expect: (\S+) (\d+):(\d+)$/gm)].map(
        (m) => `${m[1]} ${m[2]}:${m[3]}`,
      );
      assert.ok(expected.length > 0, "the test names its expected diagnostics");
      const r = compileToC(app);
      assert.equal(r.c, undefined, "no C for a program with errors");
      assert.deepEqual(r.diags.map((d) => `${d.code} ${d.line}:${d.col}`).sort(), expected.sort());
      for (const d of r.diags) assert.ok(d.message.length > 10, `a real message: ${d.message}`);
    });
  }
});

describe("neg: the CLI", () => {
  it("exits 1, prints file:line:col - error CODE, and writes no C", async () => {
    const app = apps[0];
    const out = path.join(workDir, "neg", "cli.c");
    fs.rmSync(out, { force: true });
    const r = await run(process.execPath, [path.join(root, "dist", "compiler", "cli.js"), "emit", app, "-o", out]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`${path.basename(app)}:\\d+:\\d+ - error TSFW\\d{4}: `));
    assert.ok(!fs.existsSync(out), "no C file written");
  });
  it("exits 2 on bad usage and 0 on --help and --version", async () => {
    const cli = path.join(root, "dist", "compiler", "cli.js");
    assert.equal((await run(process.execPath, [cli, "frobnicate"])).code, 2);
    assert.equal((await run(process.execPath, [cli, "build"])).code, 2);
    assert.equal((await run(process.execPath, [cli, "build", "x.ts", "--target", "avr"])).code, 2);
    const help = await run(process.execPath, [cli, "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
    const version = await run(process.execPath, [cli, "--version"]);
    assert.match(version.stdout, /^tsfw \d+\.\d+\.\d+/);
  });
  it("reports a missing file with a clear message", async () => {
    const r = await run(process.execPath, [path.join(root, "dist", "compiler", "cli.js"), "build", "no/such/app.ts"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot read 'no\/such\/app.ts'/);
  });
});
