/**
 * tsfw as a user meets it: the npm package installed into a project of its own, `tsfw init`, the
 * editor's tsc, build, run and sim serving the scaffolded app; the emulated targets against node;
 * firmware builds through a stand-in for Docker; each verb's exit code and message on bad input.
 */
import { ChildProcess, spawn } from "node:child_process";
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunResult, root, run, runOnNode, workDir } from "./common";

const out = path.join(workDir, "cli");
const cli = path.join(root, "dist", "compiler", "cli.js");
const tsfw = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 300_000) =>
  run(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, timeoutMs });

/** The last line of a build: "out/main  329 KB  2.1 s". */
const finalLine = /^(\S+)  \d+(\.\d)? (B|KB|MB)  \d+\.\d s$/m;

/** GET on 127.0.0.1:port, retried while the server starts. */
async function get(port: number, p: string, tries = 200): Promise<{ status: number; body: string }> {
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}${p}`);
      return { status: r.status, body: await r.text() };
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts a long-running command; its output is collected. */
function startBg(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true });
  const o = { child, stdout: "", stderr: "" };
  child.stdout.on("data", (d) => (o.stdout += d));
  child.stderr.on("data", (d) => (o.stderr += d));
  return o;
}

/** Ends a background command and everything it started (its process group). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await done;
}

/** A project of its own: the packed package installed into it, then `tsfw init`. */
describe("the npm package in a project of the user's own", () => {
  const proj = path.join(out, "myapp");
  let bin: string;
  before(async () => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(proj, { recursive: true });
    // as after `npm init -y`: npm installs into the nearest folder with a package.json
    fs.writeFileSync(
      path.join(proj, "package.json"),
      JSON.stringify({ name: "myapp", version: "0.1.0", private: true }),
    );
    const pack = await run("npm", ["pack", "--silent", "--pack-destination", out, root], {
      timeoutMs: 120_000,
      cwd: out,
    });
    assert.equal(pack.code, 0, pack.stderr);
    const tgz = path.join(out, pack.stdout.trim().split("\n").pop()!);
    const inst = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tgz], {
      cwd: proj,
      timeoutMs: 300_000,
    });
    assert.equal(inst.code, 0, inst.stderr);
    bin = path.join(proj, "node_modules", ".bin", "tsfw");
  });

  it("tsfw init scaffolds the app, its editor setup, tsfw.json and a .gitignore that keeps secrets out", async () => {
    const r = await run(bin, ["init"], { cwd: proj });
    assert.equal(r.code, 0, r.stderr);
    for (const f of ["src/main.ts", "www/index.html", "tsconfig.json", "tsfw.json", ".gitignore", "package.json"])
      assert.ok(fs.existsSync(path.join(proj, f)), f);
    const pkg = JSON.parse(fs.readFileSync(path.join(proj, "package.json"), "utf8"));
    assert.deepEqual(Object.keys(pkg.scripts).sort(), ["build", "run", "sim"]);
    assert.ok(pkg.devDependencies.tsfw, "tsfw is a dev dependency");
    assert.equal(pkg.dependencies?.tsfw, undefined);
    const cfg = JSON.parse(fs.readFileSync(path.join(proj, "tsfw.json"), "utf8"));
    assert.equal(cfg.listen.host, "127.0.0.1:8000");
    assert.equal(cfg.listen.esp32, "0.0.0.0:80");
    assert.match(fs.readFileSync(path.join(proj, ".gitignore"), "utf8"), /^secrets\.json$/m);
    const again = await run(bin, ["init"], { cwd: proj });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^tsfw: tsfw\.json already exists; nothing was written$/m);
  });

  it("the editor's tsc sees the device typings, and nothing of node or the DOM", async () => {
    const tsc = path.join(proj, "node_modules", ".bin", "tsc");
    const ok = await run(tsc, ["--noEmit", "-p", "."], { cwd: proj });
    assert.equal(ok.code, 0, ok.stdout);
    fs.writeFileSync(path.join(proj, "src", "stray.ts"), "document.title = process.argv[0];\n");
    const bad = await run(tsc, ["--noEmit", "-p", "."], { cwd: proj });
    fs.rmSync(path.join(proj, "src", "stray.ts"));
    assert.equal(bad.code, 2, bad.stdout);
    assert.match(bad.stdout, /Cannot find name 'document'/);
    assert.match(bad.stdout, /Cannot find name 'process'/);
  });

  it("npm run build prints its steps and one final line; --quiet prints nothing", async () => {
    const r = await run("npm", ["run", "--silent", "build"], { cwd: proj, timeoutMs: 300_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^tsfw: checking src\/main\.ts$/m);
    const last = r.stderr.trimEnd().split("\n").pop()!;
    assert.match(last, finalLine);
    assert.equal(finalLine.exec(last)![1], "out/main");
    assert.ok(fs.statSync(path.join(proj, "out", "main")).size > 10_000);
    const q = await run(bin, ["build", "--quiet"], { cwd: proj, timeoutMs: 300_000 });
    assert.equal(q.code, 0, q.stderr);
    assert.equal(q.stderr + q.stdout, "");
  });

  for (const verb of ["run", "sim"]) {
    it(`tsfw ${verb} serves the scaffolded app: JSON from src/main.ts, the page from www/`, async () => {
      const bg = startBg(bin, [verb, "--quiet"], proj);
      try {
        const api = await get(8000, "/api/hello");
        assert.equal(api.status, 200);
        assert.deepEqual(JSON.parse(api.body), { hello: "world", target: verb === "run" ? "host" : "node" });
        const page = await get(8000, "/");
        assert.equal(page.status, 200);
        assert.equal(page.body, fs.readFileSync(path.join(proj, "www", "index.html"), "utf8"));
      } finally {
        await stop(bg.child);
      }
      assert.match(bg.stdout, /^listening on http:\/\/127\.0\.0\.1:8000\/$/m);
    });
  }

  it("tsfw run --watch rebuilds and restarts when the app changes", async () => {
    const main = path.join(proj, "src", "main.ts");
    const src = fs.readFileSync(main, "utf8");
    const bg = startBg(bin, ["run", "--watch"], proj);
    try {
      assert.equal(JSON.parse((await get(8000, "/api/hello")).body).hello, "world");
      fs.writeFileSync(main, src.replace('hello: "world"', 'hello: "again"'));
      let body = "";
      for (let i = 0; i < 300 && !body.includes("again"); i++) {
        await new Promise((r) => setTimeout(r, 100));
        body = await get(8000, "/api/hello").then(
          (r) => r.body,
          () => "",
        );
      }
      assert.equal(JSON.parse(body).hello, "again", bg.stderr);
      assert.match(bg.stderr, /tsfw: main\.ts changed/);
    } finally {
      await stop(bg.child);
      fs.writeFileSync(main, src);
    }
  });
});

describe("Device.target and tsfw.json's settings, per target", () => {
  const proj = path.join(out, "targets");
  const app = path.join(proj, "src", "where.ts");
  before(() => {
    fs.mkdirSync(path.dirname(app), { recursive: true });
    fs.writeFileSync(
      path.join(proj, "tsfw.json"),
      JSON.stringify({ listen: { host: "127.0.0.1:9000", "qemu-rv32": "10.0.0.1:81" }, fs: "static" }),
    );
    fs.writeFileSync(app, "const t: DeviceTarget = Device.target;\nprint(t, Device.listen, Device.www);\n");
  });
  const cases: [string[], string][] = [
    [["run"], "host 127.0.0.1:9000 static\n"],
    // the simulator and the emulators stand in for the host: its address unless tsfw.json names theirs
    [["sim"], "node 127.0.0.1:9000 static\n"],
    [["run", "--target", "qemu-rv32"], "qemu-rv32 10.0.0.1:81 static\n"],
    [["run", "--target", "qemu-lx106"], "qemu-lx106 127.0.0.1:9000 static\n"],
  ];
  for (const [args, expected] of cases)
    it(`tsfw ${args.join(" ")}`, async () => {
      const r = await tsfw([...args, "src/where.ts", "--quiet"], proj);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, expected);
    });
  it("an esp32 build of the same source has the chip's address and folder in its C", async () => {
    const r = await tsfw(["emit", "src/where.ts", "--target", "esp32", "-o", "out/where-esp32.c", "--quiet"], proj);
    assert.equal(r.code, 0, r.stderr);
    const c = fs.readFileSync(path.join(proj, "out", "where-esp32.c"), "utf8");
    assert.match(c, /"esp32"/);
    assert.match(c, /"0\.0\.0\.0:80"/);
    assert.match(c, /"\/spiffs\/static"/);
  });
});

describe("tsfw run --target qemu-lx106 and qemu-rv32 on language programs, against node", () => {
  const programs = ["007_quicksort", "019_template_literals", "157_closures_event_queue", "030_callbacks_in_objects"];
  const dir = path.join(out, "qemu");
  for (const name of programs)
    for (const target of ["qemu-lx106", "qemu-rv32"])
      it(`${name} on ${target}`, async () => {
        const app = path.join(root, "tests", "lang", `${name}.ts`);
        const expected = await runOnNode(app, dir);
        assert.equal(expected.code, 0, expected.stderr);
        const r = await tsfw(["run", app, "--target", target, "--quiet", "-o", path.join(dir, name)], dir);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, expected.stdout);
        assert.ok(expected.stdout.length > 20, "the program prints something");
      });
  it("tsfw size --target lx106 reports the app and the linked image", async () => {
    const app = path.join(root, "tests", "lang", `${programs[0]}.ts`);
    const r = await tsfw(["size", app, "--target", "lx106", "--quiet"], dir);
    assert.equal(r.code, 0, r.stderr);
    const app_ = /^app\s+(\d+)\s+(\d+)\s+(\d+)$/m.exec(r.stdout);
    const image = /^image\s+(\d+)\s+(\d+)\s+(\d+)\s/m.exec(r.stdout);
    assert.ok(app_ && image, r.stdout);
    assert.ok(Number(app_[1]) > 100 && Number(image[1]) > 10 * Number(app_[1]), r.stdout);
  });
});

describe("tsfw sim runs the compiler's checks first and keeps the app's stack", () => {
  const dir = path.join(out, "sim");
  before(() => fs.mkdirSync(dir, { recursive: true }));
  it("refuses what the compiler refuses", async () => {
    const r = await tsfw(["sim", path.join(root, "tests", "neg", "001_any.ts")], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /001_any\.ts:\d+:\d+ - error TSFW\d+/);
    assert.match(r.stderr, /the app does not run on the simulator either/);
    assert.equal(r.stdout, "");
  });
  it("an uncaught error points at the .ts line", async () => {
    const app = path.join(dir, "boom.ts");
    fs.writeFileSync(
      app,
      'function f(n: number): number {\n  if (n > 2) throw new Error("too big");\n  return n;\n}\nprint(f(1));\nprint(f(5));\n',
    );
    const r = await tsfw(["sim", app, "--quiet"], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "1\n");
    assert.match(r.stderr, /^Uncaught Error: too big\n\s+at .*boom\.ts:2:\d+/m);
  });
});

describe("a native build names the position of a failed element or property access, as node does", () => {
  const dir = path.join(out, "positions");
  before(() => fs.mkdirSync(dir, { recursive: true }));
  it("the bracket or the name of a read, the `=` of a write, for elements and properties", async () => {
    const lines = [
      "const grid: number[][] = [[1]];",
      "const words: string[][] = [];",
      "const flags: boolean[][] = [];",
      "const boxes: { v: number }[][] = [];",
      "const texts: string[] = [];",
      "function at(f: () => unknown): void {",
      "  try {",
      "    f();",
      "  } catch (e) {",
      '    print((e as Error).stack!.split("\\n")[1]);',
      "  }",
      "}",
      "at(() => grid[3][0]);", // 13
      "at(() => words[1][0].length);",
      "at(() => flags[2][0] || 1);",
      "at(() => boxes[0][0].v);",
      "at(() => texts[4][1]);",
      "for (let i = 0; i < 1; i++) at(() => grid[i + 1][i]);",
      "at(() => { grid[7][0] = 1; });",
      "at(() => { words[2][0] = 'w'; });",
      "at(() => { boxes[1][0] = { v: 1 }; });",
      "at(() => { grid[0][0] = 2; print(grid[0][0]); });",
      "const cfgs: { limit: number }[] = [];",
      "at(() => cfgs[0].limit);", // 24
      "at(() => { cfgs[1].limit = 2; });",
      "const none: { limit: number } = cfgs[3];",
      "at(() => { none.limit += 2; });",
      "const recs: Record<string, number>[] = [];",
      "at(() => { recs[0]['k'] = 1; });",
      "at(() => recs[1]['k']);",
      "at(() => { recs[0][String(1)] = 1; });",
      "print(grid[5][0]);",
    ];
    const app = path.join(dir, "elements.ts");
    fs.writeFileSync(app, lines.join("\n") + "\n");
    const exe = path.join(dir, "elements");
    const b = await tsfw(["build", app, "--quiet", "-o", exe], dir);
    assert.equal(b.code, 0, b.stderr);
    const r = await run(exe, [], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.code, 1);
    // node's positions for the same lines (checked against node 20); line 22 prints 2
    const elements = ["13:17", "14:18", "15:18", "16:18", "17:18", "18:49", "19:23", "20:24", "21:24"];
    const properties = ["24:18", "25:26", "27:12", "29:25", "30:17", "31:31"];
    const stack = (ps: string[]) => ps.map((p) => `    at elements.ts:${p}\n`).join("");
    assert.equal(r.stdout, stack(elements) + "2\n" + stack(properties));
    assert.equal(
      r.stderr,
      "Uncaught TypeError: Cannot read properties of undefined (reading '0')\n    at elements.ts:32:14\n",
    );
  });
});

describe("the runtime's log: TSFW_LOG, timestamps, and no warn line for an error the app handles", () => {
  const dir = path.join(out, "log");
  const port = 18720;
  const app = (handled: boolean) =>
    `const s = Http.createServer((req, res) => res.end("ok")).listen("127.0.0.1:${port}");\n` +
    (handled ? 's.on("error", (id, msg) => print("app saw", msg));\n' : "") +
    "setTimeout(() => s.destroy(), 1500);\n";
  /** Sends a request that is not HTTP, which the server reports as an error event. */
  const garbage = async () => {
    await get(port, "/");
    await new Promise<void>((resolve) => {
      const c = net.connect(port, "127.0.0.1", () => c.end("NOT HTTP AT ALL\r\n\r\n"));
      c.on("close", () => resolve());
      c.on("error", () => resolve());
      c.resume();
    });
  };
  const runWith = async (verb: "run" | "sim", handled: boolean, env: NodeJS.ProcessEnv): Promise<RunResult> => {
    const file = path.join(dir, `${handled ? "handled" : "unhandled"}.ts`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, app(handled));
    if (verb === "run") {
      const b = await tsfw(["build", file, "--quiet", "-o", path.join(dir, path.basename(file, ".ts"))], dir);
      assert.equal(b.code, 0, b.stderr);
    }
    const bg =
      verb === "run"
        ? startBg(path.join(dir, path.basename(file, ".ts")), [], dir, env)
        : startBg(process.execPath, [cli, "sim", file, "--quiet"], dir, env);
    await garbage();
    const code = await new Promise<number | null>((r) => bg.child.on("exit", (c) => r(c)));
    return { stdout: bg.stdout, stderr: bg.stderr, code, signal: null };
  };
  for (const verb of ["run", "sim"] as const) {
    it(`${verb}: an unhandled error event is a timestamped warn line; TSFW_LOG=error drops it`, async () => {
      const r = await runWith(verb, false, {});
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z tsfw warn: .+$/m);
      const quiet = await runWith(verb, false, { TSFW_LOG: "error" });
      assert.equal(quiet.stderr, "");
    });
    it(`${verb}: an error event the app handles with on('error') has no warn line of the runtime`, async () => {
      const r = await runWith(verb, true, {});
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^app saw .+/m);
      assert.doesNotMatch(r.stderr, /tsfw warn/);
    });
  }
});

describe("firmware from the user's folder (Docker stood in for)", () => {
  const proj = path.join(out, "fw");
  const fakeDocker = path.join(out, "fake-docker.sh");
  const calls = path.join(out, "docker-calls.txt");
  before(async () => {
    fs.rmSync(proj, { recursive: true, force: true });
    fs.mkdirSync(proj, { recursive: true });
    assert.equal((await tsfw(["init", proj, "--quiet"], out)).code, 0);
    fs.writeFileSync(path.join(proj, "secrets.json"), JSON.stringify({ wifi: { ssid: "home", password: 'p"w' } }));
    // records each call, one line of NUL-separated arguments; `info` succeeds
    fs.writeFileSync(fakeDocker, `#!/bin/sh\nprintf '%s\\0' "$@" >> ${calls}\necho >> ${calls}\n`, { mode: 0o755 });
  });
  after(() => fs.rmSync(calls, { force: true }));
  it("build --target esp32 emits the C here, stages www/ and ca.pem, and mounts the folder into the container", async () => {
    fs.rmSync(calls, { force: true });
    const r = await tsfw(["build", "--target", "esp32"], proj, { DOCKER: fakeDocker, TSFW_WIFI_SSID: "office" });
    assert.equal(r.code, 0, r.stderr);
    const runs = fs
      .readFileSync(calls, "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split("\0").slice(0, -1));
    assert.deepEqual(runs[0], ["info"]);
    assert.deepEqual(runs[1].slice(0, 5), ["build", "--target", "esp32", "-t", "tsfw-esp32"]);
    const docker = runs[2];
    assert.ok(docker.includes(`${proj}:/app`), docker.join(" "));
    assert.ok(docker.includes("TSFW_APP_C=/app/build/esp32/app.c"));
    assert.ok(docker.includes("TSFW_FS_DIR=/app/build/esp32/fs"));
    assert.match(docker[docker.length - 1], /idf\.py -C \/work -B \/app\/build\/esp32\/idf .* set-target esp32 build$/);
    const c = fs.readFileSync(path.join(proj, "build", "esp32", "app.c"), "utf8");
    assert.match(c, /"0\.0\.0\.0:80"/);
    assert.ok(fs.existsSync(path.join(proj, "build", "esp32", "fs", "www", "index.html")));
    assert.ok(fs.existsSync(path.join(proj, "build", "esp32", "fs", "ca.pem")));
    const cfg = fs.readFileSync(path.join(proj, "build", "esp32", "sdkconfig.tsfw"), "utf8");
    // the environment wins over secrets.json; quotes are escaped for Kconfig
    assert.match(cfg, /^CONFIG_TSFW_WIFI_SSID="office"$/m);
    assert.match(cfg, /^CONFIG_TSFW_WIFI_PASSWORD="p\\"w"$/m);
    assert.match(cfg, /^CONFIG_TSFW_LOG_LEVEL=1$/m);
  });
  it("flash needs an existing serial port", async () => {
    const r = await tsfw(["flash", "--target", "esp8266", "--port", "/dev/nonexistent-tty"], proj, {
      DOCKER: fakeDocker,
    });
    assert.equal(r.code, 3);
    assert.match(r.stderr, /^tsfw: serial port \/dev\/nonexistent-tty does not exist/m);
  });
});

describe("an app split across files", () => {
  const dir = path.join(out, "modules");
  before(() => fs.mkdirSync(dir, { recursive: true }));
  it("tsfw build follows the imports, and runs the same under QEMU as on node", async () => {
    const app = path.join(root, "tests", "lang", "600_modules_named", "main.ts");
    const expected = await runOnNode(app, path.join(dir, "600"));
    assert.equal(expected.code, 0, expected.stderr);
    for (const target of ["host", "qemu-rv32"]) {
      const r = await tsfw(["run", app, "--target", target, "--quiet"], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, expected.stdout, target);
    }
  });
  it("tsfw sim runs the files as modules, and an error's position names the file it is in", async () => {
    for (const name of ["600_modules_named", "604_modules_order"]) {
      const app = path.join(root, "tests", "lang", name, "main.ts");
      const expected = await runOnNode(app, path.join(dir, name));
      const r = await tsfw(["sim", app, "--quiet"], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, expected.stdout, name);
    }
    const proj = path.join(dir, "throws");
    fs.mkdirSync(path.join(proj, "lib"), { recursive: true });
    fs.writeFileSync(
      path.join(proj, "lib", "util.ts"),
      'export function f(n: number): number {\n  if (n > 1) throw new Error("big " + n);\n  return n;\n}\n',
    );
    fs.writeFileSync(path.join(proj, "main.ts"), 'import { f } from "./lib/util";\nprint(f(1));\nprint(f(2));\n');
    const r = await tsfw(["sim", "main.ts", "--quiet"], proj);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "1\n");
    assert.equal(r.stderr, "Uncaught Error: big 2\n    at lib/util.ts:2:20\n");
  });
  it("a diagnostic names the file it is in, not the entry", async () => {
    const proj = path.join(dir, "bad");
    fs.mkdirSync(proj, { recursive: true });
    fs.writeFileSync(path.join(proj, "main.ts"), 'import { f } from "./lib/util";\nprint(f());\n');
    fs.mkdirSync(path.join(proj, "lib"), { recursive: true });
    fs.writeFileSync(path.join(proj, "lib", "util.ts"), 'export function f(): number {\n  return "one";\n}\n');
    const r = await tsfw(["build", "main.ts"], proj);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^lib\/util\.ts:2:3 - error TS2322: Type 'string' is not assignable to type 'number'\.$/m);
    const cycle = await tsfw(["check", path.join(root, "tests", "neg", "110_import_cycle", "app.ts")], dir);
    assert.equal(cycle.code, 1);
    assert.match(
      cycle.stderr,
      /110_import_cycle\/b\.ts:1:1 - error TSFW1008: import cycle: app\.ts -> b\.ts -> app\.ts\.$/m,
    );
  });
});

describe("exit codes and messages of each verb", () => {
  const dir = path.join(out, "errors");
  const app = path.join(root, "tests", "lang", "007_quicksort.ts");
  before(() => fs.mkdirSync(dir, { recursive: true }));
  for (const verb of ["build", "run", "size", "check", "emit", "flash"])
    it(`${verb} with a bad target: 2, naming the targets`, async () => {
      const r = await tsfw([verb, app, "--target", "esp99"], dir);
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr,
        "tsfw: unknown target 'esp99'; the targets are host, qemu-lx106, qemu-rv32, esp32, esp32c3, esp8266\n",
      );
    });
  for (const verb of ["build", "run", "sim", "size", "check", "emit", "flash"])
    it(`${verb} with a missing file: 1, naming the file`, async () => {
      const target = verb === "flash" ? ["--target", "esp32"] : [];
      const r = await tsfw([verb, "nosuch.ts", ...target, "--quiet"], dir);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^nosuch\.ts:1:1 - error TSFW0001: cannot read 'nosuch\.ts': no such file$/m);
    });
  for (const verb of ["build", "flash"])
    it(`${verb} for a chip without Docker: 3, saying what is missing`, async () => {
      const proj = path.join(dir, `nodocker-${verb}`);
      fs.rmSync(proj, { recursive: true, force: true });
      assert.equal((await tsfw(["init", proj, "--quiet"], dir)).code, 0);
      const r = await tsfw([verb, "--target", "esp32", "--quiet"], proj, { DOCKER: "/nonexistent/docker" });
      assert.equal(r.code, 3);
      assert.match(r.stderr, /^tsfw: '.+' for a chip needs Docker .* '\/nonexistent\/docker' is not installed/m);
    });
  it("run for a chip: 2, pointing to flash and monitor", async () => {
    const r = await tsfw(["run", app, "--target", "esp32"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /tsfw flash, then tsfw monitor/);
  });
  it("sim with --target: 2", async () => {
    const r = await tsfw(["sim", app, "--target", "host"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tsfw: 'sim' runs the app on node; --target does not apply/);
  });
  it("flash for a non-chip target: 2", async () => {
    const r = await tsfw(["flash", app, "--target", "qemu-rv32"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tsfw: 'flash' needs a chip target/);
  });
  it("monitor with no serial port: 3, naming the port", async () => {
    const r = await tsfw(["monitor", "--port", "/dev/nonexistent-tty"], dir);
    assert.equal(r.code, 3);
    assert.match(
      r.stderr,
      /^tsfw: (serial port \/dev\/nonexistent-tty does not exist|monitor needs pyserial's miniterm: apt-get install python3-serial)/,
    );
  });
  it("a verb without an app and without tsfw.json: 2", async () => {
    const r = await tsfw(["build"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tsfw: 'build' needs an app file/);
  });
  it("an unknown verb: 2", async () => {
    const r = await tsfw(["deploy"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^tsfw: unknown command 'deploy'/);
  });
});
