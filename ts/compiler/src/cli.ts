#!/usr/bin/env node
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { formatDiag } from "./diag";
import { compileToC } from "./compile";
import { BuildError, BuildOptions, linkExecutable } from "./build";
import { packageRoot } from "./load";

/** Exit codes: 0 ok, 1 the app has errors, 2 bad usage, 3 the C toolchain failed, else the app's own code (run). */
const EXIT_DIAGNOSTICS = 1;
const EXIT_USAGE = 2;
const EXIT_TOOLCHAIN = 3;

const usage = `tsfw - compile a TypeScript device app to C and native code

Usage:
  tsfw emit  <app.ts> [-o file.c]                 check and write C (default generated/<app>.c)
  tsfw build <app.ts> [--target host] [-o out]    check, emit C and build an executable (default out/<app>)
  tsfw run   <app.ts> [-- args...]                build for the host, then run
  tsfw check <app.ts>                             type-check and check the subset only

Options:
  -o, --output <path>   output file
  --target <name>       build target; 'host' (the default) builds a native Linux program
  --sanitize            build with -fsanitize=address,undefined
  --debug               build with -O0 -g (for gdb)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 success, 1 errors in the app, 2 bad usage, 3 C toolchain failure;
'run' exits with the app's own exit code.
`;

interface Args {
  command?: string;
  file?: string;
  output?: string;
  target: string;
  sanitize: boolean;
  debug: boolean;
  rest: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { target: "host", sanitize: false, debug: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === "--") {
      a.rest = argv.slice(i + 1);
      break;
    } else if (x === "-h" || x === "--help") a.command = "help";
    else if (x === "-v" || x === "--version") a.command = "version";
    else if (x === "-o" || x === "--output") a.output = need(argv, ++i, x);
    else if (x === "--target") a.target = need(argv, ++i, x);
    else if (x === "--sanitize") a.sanitize = true;
    else if (x === "--debug") a.debug = true;
    else if (x.startsWith("-")) throw new UsageError(`unknown option '${x}'`);
    else if (!a.command) a.command = x;
    else if (!a.file) a.file = x;
    else throw new UsageError(`unexpected argument '${x}'`);
  }
  return a;
}

function need(argv: string[], i: number, opt: string): string {
  if (i >= argv.length) throw new UsageError(`option '${opt}' needs a value`);
  return argv[i];
}

class UsageError extends Error {}

function baseName(file: string): string {
  return path.basename(file).replace(/\.tsx?$/, "");
}

function emit(file: string, output?: string): { cFile: string; parts: string[] } | undefined {
  const out = output ?? path.join("generated", `${baseName(file)}.c`);
  // #line names the C file relative to the app's folder, where the C compiler runs
  const r = compileToC(file, { cFile: path.relative(path.dirname(path.resolve(file)), path.resolve(out)) });
  if (r.diags.length) {
    for (const d of r.diags) console.error(formatDiag(d));
    console.error(`\n${r.diags.length} error${r.diags.length === 1 ? "" : "s"}; no C was written.`);
    return undefined;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, r.c!);
  // the runtime's optional parts the app links, one a line, for the firmware's CMake
  // (components/runtime, components/pcre2): "regexp", and "pcre2-nounicode" when it can
  const parts = r.parts ?? [];
  const lines = [...parts, ...(r.pcre2NoUnicode ? ["pcre2-nounicode"] : [])];
  fs.writeFileSync(out.replace(/\.c$/, "") + ".parts", lines.map((l) => `${l}\n`).join(""));
  return { cFile: out, parts };
}

function buildOptions(a: Args): BuildOptions {
  return {
    cflags: a.sanitize
      ? ["-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=undefined"]
      : [],
    optimize: a.debug ? "-O0" : "-O2",
    debug: a.debug || a.sanitize,
  };
}

function main(argv: string[]): number {
  let a: Args;
  try {
    a = parseArgs(argv);
  } catch (e) {
    console.error(`tsfw: ${(e as Error).message}\n\n${usage}`);
    return EXIT_USAGE;
  }
  switch (a.command) {
    case undefined:
    case "help":
      process.stdout.write(usage);
      return a.command ? 0 : EXIT_USAGE;
    case "version": {
      const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
      console.log(`tsfw ${pkg.version}`);
      return 0;
    }
    case "check":
    case "emit":
    case "build":
    case "run":
      break;
    default:
      console.error(`tsfw: unknown command '${a.command}'\n\n${usage}`);
      return EXIT_USAGE;
  }
  if (!a.file) {
    console.error(`tsfw: '${a.command}' needs an app file, e.g. tsfw ${a.command} app.ts`);
    return EXIT_USAGE;
  }
  if (a.target !== "host") {
    console.error(
      `tsfw: unknown target '${a.target}'. The CLI builds 'host'; firmware builds go through 'make firmware'.`,
    );
    return EXIT_USAGE;
  }
  if (a.command === "check") {
    const r = compileToC(a.file);
    for (const d of r.diags) console.error(formatDiag(d));
    return r.diags.length ? EXIT_DIAGNOSTICS : 0;
  }
  const emitted = emit(a.file, a.command === "emit" ? a.output : undefined);
  if (!emitted) return EXIT_DIAGNOSTICS;
  const { cFile, parts } = emitted;
  if (a.command === "emit") return 0;
  const exe = (a.command === "build" && a.output) || path.join("out", baseName(a.file));
  try {
    linkExecutable(cFile, exe, buildOptions(a), path.dirname(path.resolve(a.file)), parts);
  } catch (e) {
    if (e instanceof BuildError) {
      if (e.packages) console.error(`tsfw: C build failed: ${e.message}`);
      else console.error(`tsfw: C build failed. This is a compiler bug; please report it with ${cFile}.\n${e.message}`);
      return EXIT_TOOLCHAIN;
    }
    throw e;
  }
  if (a.command === "build") return 0;
  const r = spawnSync(path.resolve(exe), a.rest, { stdio: "inherit" });
  if (r.signal) {
    console.error(`tsfw: the app was killed by ${r.signal}`);
    return 128 + 1;
  }
  return r.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
