/** Shared helpers for the test runners: build apps natively and under node. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { compileToC } from "../../ts/compiler/src/compile";
import { formatDiag } from "../../ts/compiler/src/diag";
import { BuildOptions, hostLinkLibs, includeFlags, runtimeLibrary, warningFlags } from "../../ts/compiler/src/build";
import { packageRoot } from "../../ts/compiler/src/load";

export const root = packageRoot;
export const workDir = path.join(root, "tests", ".work");

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs a command with a time limit; never rejects. */
export function run(
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ stdout, stderr: stderr + String(e), code: -1, signal: null });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/** Both builds for checkers take every block from malloc (TS_ALLOC_DIRECT, no
 * small-block pools), so that ASan and valgrind see each use after free. */
export const sanitize: BuildOptions = {
  cflags: ["-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=undefined", "-DTS_ALLOC_DIRECT"],
  optimize: "-O1",
  debug: true,
};
export const plain: BuildOptions = { cflags: ["-DTS_ALLOC_DIRECT"], optimize: "-O1", debug: true };

/** Compiles an app to C and links it with the whole runtime; throws with the diagnostics or gcc's output. */
export async function buildNative(app: string, outDir: string, opts: BuildOptions): Promise<string> {
  const r = compileToC(app);
  if (r.diags.length) throw new Error(r.diags.map((d) => formatDiag(d)).join("\n"));
  fs.mkdirSync(outDir, { recursive: true });
  const base = appName(app);
  const cFile = path.join(outDir, `${base}.c`);
  const exe = path.join(outDir, base);
  fs.writeFileSync(cFile, r.c!);
  const parts = r.parts ?? [];
  const lib = runtimeLibrary(opts, parts);
  const g = await run("gcc", [
    ...warningFlags,
    opts.optimize,
    ...(opts.debug ? ["-g"] : []),
    ...opts.cflags,
    ...includeFlags(parts),
    cFile,
    lib,
    ...hostLinkLibs(parts),
    "-o",
    exe,
  ]);
  if (g.code !== 0) throw new Error(`gcc failed for ${app}:\n${g.stderr}`);
  return exe;
}

/** print, and the device's JSON.getLimits/setLimits (the shim's), before the app runs: a script's and a module's. */
const shimJson = JSON.stringify(path.join(root, "dist", "lib", "shim_json.js"));
const prelude = `globalThis.print = console.log;\nrequire(${shimJson}).install();\n`;
const modulePrelude = `import { install } from ${shimJson};\nglobalThis.print = console.log;\ninstall();\n`;

/**
 * The environment a test program asks for in a first-line comment, e.g. `// env: TZ=America/New_York`
 * (local time in the Date tests), on top of the runner's own.
 */
export function programEnv(app: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const m = /^\/\/ env: (.*)$/m.exec(fs.readFileSync(app, "utf8").split("\n", 1)[0]);
  if (!m) return base;
  const extra = Object.fromEntries(
    m[1]
      .trim()
      .split(/\s+/)
      .map((kv) => kv.split("=", 2)),
  );
  return { ...base, ...extra };
}

/** Transpiles an app with TypeScript and runs it under node; an app of several files runs as ES modules. */
export async function runOnNode(app: string, outDir: string): Promise<RunResult> {
  if (appName(app) !== path.basename(app, ".ts"))
    return runModulesOnNode(app, path.join(outDir, `${appName(app)}.node`));
  const src = fs.readFileSync(app, "utf8");
  const js = ts.transpileModule(src, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${path.basename(app, ".ts")}.js`);
  fs.writeFileSync(file, prelude + js);
  return run(process.execPath, [file], { env: programEnv(app), timeoutMs: 60_000 });
}

/**
 * The files of NNN_name/ as .mjs modules, imports kept as written (verbatimModuleSyntax) and their
 * paths given the .mjs extension; the entry imports the prelude first, so that it runs first.
 */
async function runModulesOnNode(main: string, outDir: string): Promise<RunResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "prelude.mjs"), modulePrelude);
  for (const f of fs.readdirSync(path.dirname(main)).filter((f) => f.endsWith(".ts"))) {
    const src = fs.readFileSync(path.join(path.dirname(main), f), "utf8");
    let js = ts.transpileModule(src, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    }).outputText;
    js = js.replace(/(\bfrom\s*|\bimport\s*)(["'])(\.\.?\/[^"']+?)(\.js)?\2/g, "$1$2$3.mjs$2");
    if (f === "main.ts") js = `import "./prelude.mjs";\n${js}`;
    fs.writeFileSync(path.join(outDir, f.replace(/\.ts$/, ".mjs")), js);
  }
  return run(process.execPath, [path.join(outDir, "main.mjs")], { timeoutMs: 60_000 });
}

export const asanEnv = {
  ...process.env,
  ASAN_OPTIONS: "detect_leaks=1:abort_on_error=0",
  UBSAN_OPTIONS: "print_stacktrace=1:halt_on_error=1",
};

/** The apps of a folder: its .ts files, and NNN_name/main.ts for an app split across files. */
export function listApps(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") || fs.existsSync(path.join(dir, f, "main.ts")))
    .sort()
    .map((f) => (f.endsWith(".ts") ? path.join(dir, f) : path.join(dir, f, "main.ts")));
}

/** An app's name: the file's, or the folder's for NNN_name/main.ts. */
export function appName(app: string): string {
  const dir = path.basename(path.dirname(app));
  return path.basename(app) === "main.ts" && /^\d{3}_/.test(dir) ? dir : path.basename(app, ".ts");
}

/** Optional filter from the environment: TEST_FILTER=substring. */
export function selected(files: string[]): string[] {
  const f = process.env.TEST_FILTER;
  return f ? files.filter((x) => x.includes(f)) : files;
}
