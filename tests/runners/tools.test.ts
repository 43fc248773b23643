/**
 * Compiled programs under the host's tools: valgrind finds no leak or error,
 * gdb breaks on a TypeScript line and prints a local, and a long-running loop
 * keeps a flat peak RSS.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { buildNative, listApps, plain, root, run, runOnNode, workDir } from "./common";

const out = path.join(workDir, "tools");

describe("valgrind: no leaks, no errors", { concurrency: 2 }, () => {
  // every fifth program of the language suite: 30+ programs
  const apps = listApps(path.join(root, "tests", "lang")).filter((_, i) => i % 5 === 0);
  it("covers at least 30 programs", () => assert.ok(apps.length >= 30, `${apps.length} programs`));
  for (const app of apps) {
    it(path.basename(app), async () => {
      const exe = await buildNative(app, path.join(out, "vg"), plain);
      const r = await run(
        "valgrind",
        ["--leak-check=full", "--errors-for-leak-kinds=definite", "--error-exitcode=99", exe],
        { timeoutMs: 180_000 },
      );
      assert.match(r.stderr, /ERROR SUMMARY: 0 errors/, r.stderr.slice(-2000));
      assert.ok(/All heap blocks were freed|definitely lost: 0 bytes/.test(r.stderr), r.stderr.slice(-2000));
      assert.notEqual(r.code, 99, r.stderr.slice(-2000));
    });
  }
});

describe("gdb: #line maps C back to TypeScript", () => {
  it("breaks on app.ts:N and prints locals by their TypeScript names", async () => {
    const app = path.join(root, "tests", "tools", "gdb_app.ts");
    const exe = await buildNative(app, path.join(out, "gdb"), { cflags: [], optimize: "-O0", debug: true });
    const r = await run(
      "gdb",
      [
        "-batch",
        "-nx",
        "-ex",
        "break gdb_app.ts:4",
        "-ex",
        "run",
        "-ex",
        "print result",
        "-ex",
        "print width",
        "-ex",
        "continue",
        "-ex",
        "print result",
        "-ex",
        "bt 1",
        exe,
      ],
      { timeoutMs: 60_000 },
    );
    assert.match(r.stdout, /Breakpoint 1 at .*: file .*gdb_app\.ts, line 4\./);
    assert.match(r.stdout, /\$1 = 2\n/);
    assert.match(r.stdout, /\$2 = 1\n/);
    assert.match(r.stdout, /\$3 = 4\n/);
    assert.match(r.stdout, /area \(.*\) at .*gdb_app\.ts:4/);
  });
});

/** Peak RSS in KB of a command, read from the kernel through python's getrusage. */
async function peakRss(exe: string): Promise<{ kb: number; stdout: string }> {
  const py =
    "import resource, subprocess, sys\nr = subprocess.run([sys.argv[1]], capture_output=True, text=True)\n" +
    "sys.stdout.write(r.stdout)\nprint('RSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\nsys.exit(r.returncode)";
  const r = await run("python3", ["-c", py, exe], { timeoutMs: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  const m = /RSS (\d+)/.exec(r.stdout);
  assert.ok(m, r.stdout);
  return { kb: Number(m[1]), stdout: r.stdout.replace(/RSS \d+\n$/, "") };
}

describe("memory stays bounded in a program that runs forever", () => {
  it("peak RSS at 1M iterations is within 10% of 100k", async () => {
    const src = fs.readFileSync(path.join(root, "tests", "tools", "churn.ts"), "utf8");
    const dir = path.join(out, "soak");
    fs.mkdirSync(dir, { recursive: true });
    /** churn.ts with a call for `iterations`, built; returns its peak RSS and the count it reports. */
    const churn = async (iterations: number, name: string) => {
      const app = path.join(dir, `${name}.ts`);
      fs.writeFileSync(app, `${src}\nchurn(${iterations});\n`);
      const exe = await buildNative(app, dir, { cflags: [], optimize: "-O2", debug: false });
      const r = await peakRss(exe);
      const m = /^iterations (\d+) checksum \d+\n$/.exec(r.stdout);
      assert.ok(m, `${name} printed: ${r.stdout}`);
      return { app, kb: r.kb, stdout: r.stdout, count: Number(m[1]) };
    };
    const small = await churn(100_000, "churn_100k");
    const big = await churn(1_000_000, "churn_1m");
    assert.equal(small.count, 100_000);
    assert.equal(big.count, 1_000_000);
    assert.notEqual(small.count, big.count, "the two runs differ in count");
    assert.equal(small.stdout, (await runOnNode(small.app, dir)).stdout, "100k run matches node");
    const growth = big.kb / small.kb;
    assert.ok(growth <= 1.1, `peak RSS grew from ${small.kb} KB to ${big.kb} KB`);
  });
});

describe("tsfw build without the C libraries", () => {
  const cli = path.join(root, "dist", "compiler", "cli.js");
  const app = path.join(root, "tests", "http", "apps", "01_hello.ts");
  for (const [what, env, missing] of [
    ["a missing header", { LLHTTP_INCLUDE_DIR: "/nonexistent" }, "llhttp.h is not installed"],
    ["missing library sources", { LLHTTP_DIR: "/nonexistent" }, "/nonexistent/api.c is missing"],
  ] as const) {
    it(`reports ${what} as something to install, not as a compiler bug`, async () => {
      const r = await run(process.execPath, [cli, "build", app, "-o", path.join(out, "nolib", "app")], {
        env: { ...process.env, ...env },
        timeoutMs: 120_000,
      });
      assert.equal(r.code, 3, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(`^tsfw: C build failed: ${missing}: run \`make deps\` \\(or apt-get install gcc `),
      );
      assert.doesNotMatch(r.stderr, /compiler bug/);
    });
  }
});

describe("Date.now() on the host", () => {
  it("has millisecond resolution, as on node", async () => {
    const app = path.join(root, "tests", "tools", "date_now.ts");
    const exe = await buildNative(app, path.join(out, "date"), plain);
    const r = await run(exe, []);
    assert.equal(r.stdout, "ms resolution\n");
    assert.equal((await runOnNode(app, path.join(out, "date"))).stdout, "ms resolution\n");
  });
});

describe("optional device-API parts (tsfw_api.h)", () => {
  it("an HTTPS listen whose options the source never names fails with a clear error, not a crash", async () => {
    const app = path.join(root, "tests", "tools", "tls_unnamed.ts");
    const exe = await buildNative(app, path.join(out, "optional"), plain);
    const r = await run(exe, [], { timeoutMs: 20_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "server error -1\n");
    assert.match(
      r.stderr,
      /listen 127\.0\.0\.1:0: the HTTPS server is not linked into this app \(name ssl_cert in its source\)/,
    );
  });
});
