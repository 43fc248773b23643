/**
 * Negative tests: each program in tests/neg is outside the subset or has a
 * type error. Its trailing `// expect: CODE LINE:COL` comments list exactly the
 * diagnostics the compiler must report (all of them, in one pass), each
 * `// hint: TEXT` a hint one of them must give, and the CLI must exit 1
 * writing no C.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
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
      for (const [, hint] of fs.readFileSync(app, "utf8").matchAll(/^\/\/ hint: (.+)$/gm))
        assert.ok(
          r.diags.some((d) => d.hint?.includes(hint)),
          `a hint with '${hint}': ${r.diags.map((d) => d.hint).join(" | ")}`,
        );
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

/** The compiler's modules and what each imports from the others (import type included). */
function importGraph(dir: string): Map<string, string[]> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const imports = ts.preProcessFile(fs.readFileSync(path.join(dir, f), "utf8"), true, true).importedFiles;
    const local = imports
      .map((i) => i.fileName)
      .filter((n) => n.startsWith("."))
      .map((n) => path.join(path.dirname(f), n))
      .map((n) => (fs.existsSync(path.join(dir, `${n}.ts`)) ? `${n}.ts` : path.join(n, "index.ts")));
    graph.set(f, local);
  }
  return graph;
}

/** A cycle of the graph as a path (first node repeated at the end), or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (stack.includes(n)) return [...stack.slice(stack.indexOf(n)), n];
    if (done.has(n)) return undefined;
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    done.add(n);
    return undefined;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe("compiler: each stage imports only the ones before it", () => {
  const graph = importGraph(path.join(root, "ts", "compiler", "src"));
  it("the cycle check finds a cycle", () => {
    const g = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
    ]);
    assert.deepEqual(findCycle(g), ["a.ts", "b.ts", "c.ts", "a.ts"]);
    assert.equal(findCycle(new Map([["a.ts", ["b.ts"]]])), undefined);
  });
  it("reads the compiler's imports", () => {
    assert.ok(graph.size > 20, `${graph.size} modules`);
    assert.ok(graph.get("compile.ts")?.includes(path.join("emit", "module.ts")), "compile.ts imports emit/module.ts");
  });
  it("has no import cycle", () => {
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${cycle?.join(" -> ")}`);
  });
  it("the analyses, the library's tables and the C IR import nothing of the emitter", () => {
    for (const [f, deps] of graph) {
      if (!/^(analyze|lib|cir)\//.test(f)) continue;
      for (const d of deps) assert.ok(!d.startsWith("emit/"), `${f} imports ${d}`);
      if (f.startsWith("cir/")) for (const d of deps) assert.ok(d.startsWith("cir/"), `${f} imports ${d}`);
    }
  });
});
