/**
 * Compiled programs under the host's tools: valgrind finds no leak or error,
 * gdb breaks on a TypeScript line and prints a local, and a long-running loop
 * keeps a flat peak RSS.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { compileToC } from "../../ts/compiler/src/compile";
import { libraryInterfaces } from "../../ts/compiler/src/lib/symbols";
import ts from "typescript";
import { asanEnv, buildNative, listApps, plain, root, run, runOnNode, sanitize, workDir } from "./common";

const out = path.join(workDir, "tools");
const cli = path.join(root, "dist", "compiler", "cli.js");

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

describe("valgrind: programs that throw leak nothing", { concurrency: 2 }, () => {
  // throws through frames holding strings, arrays, objects, closures and boxes, 100k times in two of them
  const throwing = [200, 202, 203, 204, 205, 210, 211, 212, 213, 214, 220, 228, 231, 614];
  const apps = listApps(path.join(root, "tests", "lang")).filter((f) =>
    throwing.some((n) => path.basename(f).startsWith(`${n}_exc_`)),
  );
  it("covers at least 10 programs", () => assert.ok(apps.length >= 10, `${apps.length} programs`));
  for (const app of apps) {
    it(path.basename(app), async () => {
      const exe = await buildNative(app, path.join(out, "vg-exc"), plain);
      const r = await run(
        "valgrind",
        ["--leak-check=full", "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99", exe],
        { timeoutMs: 300_000 },
      );
      assert.match(r.stderr, /ERROR SUMMARY: 0 errors/, r.stderr.slice(-2000));
      assert.match(r.stderr, /All heap blocks were freed|definitely lost: 0 bytes/, r.stderr.slice(-2000));
      assert.match(r.stderr, /All heap blocks were freed|indirectly lost: 0 bytes/, r.stderr.slice(-2000));
      assert.equal(r.code, 0, r.stderr.slice(-2000));
    });
  }
});

describe("gdb: #line maps C back to TypeScript", () => {
  it("breaks on app.ts:N, lists its source and prints locals by their TypeScript names", async () => {
    const app = path.join(root, "tests", "tools", "gdb_app.ts");
    // tsfw build --debug, run from another folder: the C names the app relative to its own folder
    const dir = path.join(out, "gdb");
    fs.mkdirSync(dir, { recursive: true });
    const exe = path.join(dir, "gdb_app");
    const build = await run(process.execPath, [cli, "build", app, "--debug", "-o", exe], { cwd: dir });
    assert.equal(build.code, 0, build.stderr);
    const r = await run(
      "gdb",
      [
        "-batch",
        "-nx",
        "-ex",
        "list gdb_app.ts:4,4",
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
    assert.match(r.stdout, /^4\s+return result;$/m, "gdb lists the TypeScript source");
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
        new RegExp(`^tsfw: C build failed: ${missing}: run \`make deps\` \\(or apt-get install gcc `, "m"),
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

describe("JSON.parse(text) as T", () => {
  it("throws a catchable TypeError naming the first path that does not match, and leaks nothing", async () => {
    const app = path.join(root, "tests", "tools", "json_mismatch.ts");
    const exe = await buildNative(app, path.join(out, "json"), sanitize);
    const r = await run(exe, [], { env: asanEnv });
    assert.equal(
      r.stdout,
      [
        "ok d1 1",
        'true payload.mode: expected "on" | "off", got "dim"',
        "true payload.tags.b: expected string, got number",
        "true payload.readings: expected Reading[], got undefined",
        "true payload: expected Payload, got array",
        "",
      ].join("\n"),
    );
    assert.match(r.stderr, /TypeError: payload\.readings\[1\]\.value: expected number, got string/);
    assert.ok(!/ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.test(r.stderr), r.stderr);
    assert.equal(r.code, 1, r.stderr);
  });
});

describe("optional device-API parts (tsfw_api.h)", () => {
  it("an HTTPS listen whose options the source never names fails with a clear error, not a crash", async () => {
    const app = path.join(root, "tests", "tools", "tls_unnamed.ts");
    const exe = await buildNative(app, path.join(out, "optional"), plain);
    const r = await run(exe, [], { timeoutMs: 20_000 });
    assert.equal(r.code, 0, r.stderr);
    // the app handles the event: the message reaches it, and the runtime logs no line of its own
    assert.match(
      r.stdout,
      /^server error -1 listen 127\.0\.0\.1:0: the HTTPS server is not linked into this app \(name ssl_cert in its source\)\n$/,
    );
    assert.doesNotMatch(r.stderr, /tsfw warn/);
  });
});

describe("device-API methods called directly (tsfw_api.h)", () => {
  it("has an entry point for every method of the device API's interfaces", () => {
    const typings = path.join(root, "ts", "lib", "device.d.ts");
    const sf = ts.createSourceFile(typings, fs.readFileSync(typings, "utf8"), ts.ScriptTarget.ES2022);
    const header = fs.readFileSync(path.join(root, "components", "runtime", "api", "tsfw_api.h"), "utf8");
    const methods = new Set<string>();
    for (const s of sf.statements)
      if (ts.isInterfaceDeclaration(s) && !libraryInterfaces.includes(s.name.text))
        for (const m of s.members)
          if (ts.isMethodSignature(m) && ts.isIdentifier(m.name)) methods.add(`ts_api_${s.name.text}_${m.name.text}`);
    assert.ok(methods.size >= 12, `${methods.size} methods`);
    for (const fn of methods)
      assert.ok(header.includes(`TsValue ${fn}(TsValue self, int argc, const TsValue *argv);`), `${fn} in tsfw_api.h`);
  });
  it("reaches the app's own methods when an object of the app implements the interface", async () => {
    const app = path.join(root, "tests", "tools", "device_interface_impl.ts");
    const dir = path.join(out, "device_impl");
    const c = compileToC(app).c!;
    assert.match(c, /ts_api_Response_writeHead\(res, /, "the call is direct");
    const r = await run(await buildNative(app, dir, sanitize), [], { env: asanEnv });
    assert.equal(r.code, 0, r.stderr);
    const expected = (await runOnNode(app, dir)).stdout;
    assert.match(expected, /^class on drain\nclass head 201\n[^]*literal head 404\n[^]*again serve\n$/);
    assert.equal(r.stdout, expected);
  });
});

describe("generated C reads as written by hand", () => {
  const apps = [path.join(root, "ts", "app", "app.ts"), ...listApps(path.join(root, "tests", "lang"))];
  const generated = apps.map((app) => {
    const r = compileToC(app);
    assert.equal(r.diags.length, 0, `${app}: ${r.diags.map((d) => d.message).join("; ")}`);
    return { app: path.relative(root, app), lines: r.c!.split("\n") };
  });
  it("covers the app and the language suite", () => assert.ok(generated.length > 170, `${generated.length} programs`));
  it("has no line over 120 characters", () => {
    for (const { app, lines } of generated) {
      const long = lines.findIndex((l) => l.length > 120);
      assert.equal(long, -1, `${app}.c line ${long + 1}: ${lines[long]}`);
    }
  });
  it("names closures after where they are, never lambda__fn_N", () => {
    for (const { app, lines } of generated) {
      const bad = lines.find((l) => /\blambda__fn|__fn_\d/.test(l));
      assert.equal(bad, undefined, `${app}: ${bad}`);
    }
    const app = generated[0].lines.join("\n");
    for (const name of ["createServer_cb_L5", "on_error_cb_L15", "request_cb_L26"])
      assert.match(app, new RegExp(`^static TsValue ${name}\\(TsFunc \\*fn`, "m"), name);
  });
  it("declares no variable with a zero only to assign it on the next line", () => {
    const zero =
      /^\s*(?:double|bool|TsString \*|TsValue|TsBox \*)\s*\**(\w+) = (?:0(?:\.0)?|false|NULL|ts_undefined\(\)|ts_box_new\((?:ts_num\(0\)|ts_bool\(false\)|ts_undefined\(\))\)\.u\.box);$/;
    for (const { app, lines } of generated) {
      lines.forEach((l, i) => {
        const m = zero.exec(l);
        if (!m) return;
        const next = lines
          .slice(i + 1)
          .find((n) => !n.startsWith("#line"))!
          .trim();
        const v = m[1];
        // a box that a closure captures in the variable's own initialiser must exist before it
        const recursive = / = ts_box_new\(ts_undefined\(\)\)/.test(l) && next.includes("ts_closure(");
        assert.ok(
          recursive ||
            !(
              next.startsWith(`${v} = `) ||
              next.startsWith(`ts_move(&${v}, `) ||
              next.startsWith(`ts_move(&${v}->v, `)
            ),
          `${app}: ${l.trim()} then ${next}`,
        );
      });
    }
  });
  it("goes back to the C file's own lines after the app's", () => {
    for (const { app, lines } of generated) {
      const cName = path.basename(app).replace(/\.ts$/, ".c");
      let inApp = false;
      lines.forEach((l, i) => {
        const m = /^#line (\d+) "(.*)"$/.exec(l);
        if (m && m[2] === cName) {
          assert.equal(Number(m[1]), i + 2, `${app}.c line ${i + 1}: ${l}`);
          inApp = false;
        } else if (m) inApp = true;
        // a new top-level definition never starts on the app's lines
        if (/^(static|int) /.test(l)) assert.ok(!inApp, `${app}.c line ${i + 1} is still on the app's lines: ${l}`);
      });
    }
  });
  it("calls the device API's methods directly when the receiver's type is known", () => {
    const app = generated[0].lines.join("\n");
    assert.match(app, /ts_api_Response_writeHead\(res, 2, /);
    assert.match(app, /ts_api_ClientRequest_end\(/);
    assert.doesNotMatch(app, /ts_call_method\(/);
  });
});

describe("literals read only through their properties are locals", () => {
  // node checks the values in the language suite; this checks that nothing is allocated for them
  const c = compileToC(path.join(root, "tests", "lang", "842_literals_as_locals.ts")).c!;
  const body = (fn: string): string => {
    const m = new RegExp(`^static \\w+ \\**${fn}\\([^)]*\\) \\{\\n([^]*?)^\\}`, "m").exec(c);
    assert.ok(m, `${fn} is in the C`);
    return m[1];
  };
  it("holds each property, nested ones too, in a local of its type", () => {
    const f = body("inOrder");
    assert.doesNotMatch(f, /ts_obj_lit|ts_arr_of/);
    assert.match(f, /^\s+double q_first = /m);
    assert.match(f, /^\s+TsString \*q_skip = /m);
    assert.match(f, /^\s+double q_arr_1 = /m);
    assert.match(f, /^\s+double pair_1 = 7\.0;$/m);
    assert.match(c, /^\s+double p_b_0 = \(double\)\(\(int32_t\)\(uint32_t\)i & 3\);$/m);
  });
  it("keeps a nested literal used as a whole, and only it, a value", () => {
    const f = body("sorted");
    assert.doesNotMatch(f, /ts_obj_lit/);
    assert.match(f, /^\s+TsValue withList_list = ts_arr_of\(3, /m);
    assert.match(f, /^\s+double withList_n = 10\.0;$/m);
  });
  it("keeps an object where it is passed on, written, called or captured", () => {
    for (const name of ["passed", "written", "counted", "method", "arrow", "captured", "optional", "destructured"])
      assert.match(c, new RegExp(`TsValue ${name} = ts_obj_lit`), name);
    assert.match(body("firstBig"), /^\s+TsString \*item_tag = /m);
  });
});

describe("field accesses in loops run in place when every instance is one", () => {
  // node checks the values, with a subclass and a lookalike object, in the language suite
  const c = compileToC(path.join(root, "tests", "lang", "843_field_runs.ts")).c!;
  const step = /^static double step\(TsValue p0, double p1\) \{\n([^]*?)^\}/m.exec(c)![1];
  it("copies a run of accesses for when both pointers are set, and keeps the general one", () => {
    const [, fast, slow] = /^\s+if \(p_f && q_f\) \{\n([^]*?)^\s+\} else \{\n([^]*?)^\s+\}$/m.exec(step)!;
    assert.match(fast, /ts_fld_at_set_num\(\s+q_f,\s+offsetof\(Particle_obj, vy\),\s+ts_fld_at_num\(q_f, /);
    assert.doesNotMatch(fast, /ts_fldp_/);
    assert.match(slow, /ts_fldp_set_num\(\s+q_f,\s+q,\s+offsetof\(Particle_obj, vy\)/);
    assert.doesNotMatch(slow, /ts_fld_at_/);
  });
  it("declares a local of the run that later code reads before the copies", () => {
    assert.match(step, /^\s+bool both;\n\s+if \(p_f && q_f\) \{$/m);
    assert.match(step, /^\s+both = ts_fld_at_bool\(p_f, /m);
  });
  it("copies the run of a for...of body with one pointer", () => {
    assert.match(step, /^\s+if \(p_2_f\) \{\n(?:#line .*\n)?\s+ts_fld_at_set_num\(/m);
  });
});

describe("loops that make no garbage do not poll the cycle collector", () => {
  const c = compileToC(path.join(root, "tests", "lang", "844_quiet_inner_loops.ts")).c!;
  const fn = (name: string): string =>
    new RegExp(`^static double ${name}\\([^)]*\\) \\{\n([^]*?)^\\}`, "m").exec(c)![1];
  it("drops the polls of number loops inside a loop that makes garbage, which keeps its own", () => {
    const body = fn("rotations");
    // the filling loop pushes and the rounds make objects: two polls; the swaps and the sum: none
    assert.equal(body.match(/ts_gc_poll\(\);/g)?.length, 2, body);
    const last = body.lastIndexOf("ts_gc_poll();");
    assert.ok(body.lastIndexOf("ts_view_get_num_i(&perm_view_2") < last, "the outer loop polls after its inner loops");
  });
  it("drops them in a loop that calls functions making no garbage but on the way to a throw", () => {
    assert.match(fn("quietSteps"), /step\(acc, \(double\)i\)[^]*fib\(\(double\)\(i % \(int64_t\)5\)\)/);
    assert.doesNotMatch(fn("quietSteps"), /ts_gc_poll/);
  });
  it("keeps them in a loop that calls a function making objects", () => {
    assert.match(fn("pairs"), /makesPairs\([^]*ts_gc_poll\(\);/);
  });
});

describe("overridden methods of few classes are called directly after a class test", () => {
  const c = compileToC(path.join(root, "tests", "lang", "845_method_dispatch.ts")).c!;
  const fn = (name: string): string =>
    new RegExp(`^static inline \\w+ \\*?${name}\\([^)]*\\) \\{\n([^]*?)^\\}`, "m").exec(c)![1];
  it("tests each concrete class of a small hierarchy, grouping those that run the same method", () => {
    const area = fn("Shape_area__v");
    assert.match(area, /if \(\(cls == &Square_class\) \|\| \(cls == &Tile_class\)\) return Square_area\(self\);/);
    assert.match(area, /if \(cls == &Circle_class\) return Circle_area\(self\);/);
    assert.match(area, /return Shape_area__n\(text, self\);/, "any other receiver looks the method up by name");
    assert.doesNotMatch(area, /Round_class|Shape_class|ts_vtable/, "abstract classes have no instances to test");
    assert.match(
      fn("Shape_describe__v"),
      /\(cls == &Circle_class\) \|\| \(cls == &Ellipse_class\)\) return Round_describe/,
    );
    assert.doesNotMatch(c, /Shape_vt\b|Square_vtable/, "no table for methods that are all tested");
  });
  it("keeps the method tables for a hierarchy of more classes than a test chain takes", () => {
    assert.match(fn("Op_apply__v"), /ts_vtable\(self, \d+, 7\)[^]*vt->apply\(self, p0\)/);
    assert.match(c, /static const Op_vt Sq_vtable = \{ Sq_apply, Sq_name \};/);
  });
});

describe("numbers that are always integers of a known range are C integers", () => {
  const c = compileToC(path.join(root, "tests", "lang", "846_integer_ranges.ts")).c!;
  it("keeps such globals and parameters as int32_t and computes in C integers", () => {
    assert.match(c, /^static int32_t h;$/m);
    assert.match(c, /^static int32_t acc;$/m);
    assert.match(c, /int32_t x = \(int32_t\)p0;\n\s*int32_t k = \(int32_t\)p1;/);
    assert.match(c, /return \(double\)\(\(\(x \* 17\) \+ k\) % 65521\);/);
    // the product leaves int32, so it is computed in int64_t
    assert.match(c, /h = \(int32_t\)\(\(\(\(int64_t\)h \* \(int64_t\)31\) \+ i\) % \(int64_t\)1000000007\);/);
  });
  it("keeps doubles where a value may be -0, a fraction, past int32, or written by a closure", () => {
    for (const name of ["negated", "rem", "half", "big", "grow", "edge", "count", "shared", "tries", "lo"])
      assert.match(c, new RegExp(`^static double ${name};$`, "m"), name);
    // a function passed on as a value, and one called with a fraction
    assert.match(c, /^static double twice\(double p0\) \{\n\s*double x = p0;/m);
    assert.match(c, /^static double scale\(double p0\) \{\n\s*double x = p0;/m);
  });
});

describe("the same app gives the same C in any checkout", () => {
  it("is byte-identical from two folders and two working directories", async () => {
    const src = fs.readFileSync(path.join(root, "ts", "app", "app.ts"));
    const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), "tsfw-a-")), fs.mkdtempSync(path.join(out, "checkout-b-"))];
    for (const d of dirs) fs.writeFileSync(path.join(d, "app.ts"), src);
    const a = await run(process.execPath, [cli, "emit", "app.ts", "-o", "gen/app.c"], { cwd: dirs[0] });
    const b = await run(
      process.execPath,
      [cli, "emit", path.join(dirs[1], "app.ts"), "-o", path.join(dirs[1], "gen", "app.c")],
      {
        cwd: os.tmpdir(),
      },
    );
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const [ca, cb] = dirs.map((d) => fs.readFileSync(path.join(d, "gen", "app.c"), "utf8"));
    assert.equal(ca, cb);
    assert.match(ca, /^#line 5 "app\.ts"$/m);
    assert.match(ca, /^#line \d+ "gen\/app\.c"$/m);
    for (const d of dirs) assert.ok(!ca.includes(d) && !ca.includes(root), "no absolute path in the C");
    for (const d of dirs) fs.rmSync(d, { recursive: true });
  });
});
