#!/usr/bin/env node
import fs from "node:fs";
import path from "node:path";
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { formatDiag } from "./diag";
import { compileToC } from "./compile";
import { BuildError, BuildOptions, linkExecutable } from "./build";
import { InitError, initProject } from "./init";
import { packageRoot } from "./load";
import { Platform, Project, Target, findProject, isChip, isTarget, platformOf, targets } from "./platform";
import { Steps, formatSize } from "./steps";
import {
  Chip,
  FirmwareError,
  QemuTarget,
  firmwareCommands,
  firmwareDir,
  firmwareImage,
  linkQemu,
  needDocker,
  qemuAppObject,
  qemuCFile,
  qemuCommand,
  qemuElf,
  qemuRuntimeIsCold,
  sizeOf,
  stageFirmware,
} from "./targets";

/** Exit codes: 0 ok, 1 the app has errors, 2 bad usage, 3 a tool failed or is missing, else the app's own code (run). */
const EXIT_DIAGNOSTICS = 1;
const EXIT_USAGE = 2;
const EXIT_TOOLCHAIN = 3;

const usage = `tsfw - compile a TypeScript device app to C, native programs and firmware

Usage:
  tsfw init  [dir]                               a new project: src/main.ts, www/, tsconfig.json, tsfw.json, ...
  tsfw check [app.ts]                            type-check and check the subset only
  tsfw emit  [app.ts] [-o file.c]                check and write C (default generated/<app>.c)
  tsfw build [app.ts] [--target T] [-o out]      check, emit C and build for a target
  tsfw run   [app.ts] [--target T] [--watch] [-- args...]
                                                 build, then run on this machine or under QEMU
  tsfw sim   [app.ts] [--watch] [-- args...]     the same checks as build, then run on node (the Node shim)
  tsfw size  [app.ts] [--target T]               code and data size of the app and of the linked image
  tsfw flash [app.ts] [--target T] [--port P]    build the firmware and flash it (Docker)
  tsfw monitor [--port P]                        the device's serial console (python3 -m serial.tools.miniterm)

The app defaults to "app" of tsfw.json (found in the current folder or above).
Targets: ${targets.join(", ")} (default: "target" of tsfw.json, else host).
  host          a native Linux program
  qemu-lx106    the ESP8266's core (Xtensa lx106) under QEMU, on the runtime's simulated network
  qemu-rv32     the ESP32-C3's ISA (rv32imc) under QEMU, likewise
  esp32, esp32c3, esp8266   firmware, built in the ESP-IDF Docker image from this folder

Options:
  -o, --output <path>   output file
  --target <name>       build target (see above)
  --port <device>       serial port for flash and monitor (default "port" of tsfw.json)
  --watch               run/sim: rebuild and restart when a file of the app's folder changes
  --script <file>       run --target qemu-*: client events for the simulated network
  --quiet               print nothing but errors
  --sanitize            host build with -fsanitize=address,undefined
  --debug               host build with -O0 -g (for gdb)
  -h, --help            show this help
  -v, --version         show the version

Environment: TSFW_LOG=error|warn|info|debug sets the runtime's log level on the host;
TSFW_WIFI_SSID and TSFW_WIFI_PASSWORD (or secrets.json) the device's Wi-Fi.

Exit codes: 0 success, 1 errors in the app, 2 bad usage, 3 a tool failed or is missing
(C toolchain, QEMU, Docker, serial port); 'run' and 'sim' exit with the app's own code.
`;

interface Args {
  command?: string;
  file?: string;
  output?: string;
  target?: string;
  port?: string;
  script?: string;
  sanitize: boolean;
  debug: boolean;
  quiet: boolean;
  watch: boolean;
  rest: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { sanitize: false, debug: false, quiet: false, watch: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === "--") {
      a.rest = argv.slice(i + 1);
      break;
    } else if (x === "-h" || x === "--help") a.command = "help";
    else if (x === "-v" || x === "--version") a.command = "version";
    else if (x === "-o" || x === "--output") a.output = need(argv, ++i, x);
    else if (x === "--target") a.target = need(argv, ++i, x);
    else if (x === "--port") a.port = need(argv, ++i, x);
    else if (x === "--script") a.script = need(argv, ++i, x);
    else if (x === "--sanitize") a.sanitize = true;
    else if (x === "--debug") a.debug = true;
    else if (x === "--quiet" || x === "-q") a.quiet = true;
    else if (x === "--watch") a.watch = true;
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

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/** Checks the app and writes its C; undefined (diagnostics printed) when the app has errors. */
function emit(file: string, out: string, platform: Platform, steps: Steps): Emitted | undefined {
  steps.step(`checking ${file}`);
  // #line names the C file relative to the app's folder, where the C compiler runs
  const r = compileToC(file, {
    cFile: path.relative(path.dirname(path.resolve(file)), path.resolve(out)),
    platform,
  });
  if (r.diags.length) {
    for (const d of r.diags) console.error(formatDiag(d));
    console.error(`\n${plural(r.diags.length, "error")}; no C was written.`);
    return undefined;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, r.c!);
  // the runtime's optional parts the app links, one a line, for the firmware's CMake
  // (components/runtime, components/pcre2): "regexp", and "pcre2-nounicode" when it can
  const parts = r.parts ?? [];
  const noUnicode = !!r.pcre2NoUnicode;
  fs.writeFileSync(
    out.replace(/\.c$/, "") + ".parts",
    [...parts, ...(noUnicode ? ["pcre2-nounicode"] : [])].map((l) => `${l}\n`).join(""),
  );
  steps.step(`wrote ${path.relative(process.cwd(), path.resolve(out))}`);
  return { cFile: out, parts, noUnicode };
}

/** Generated C and the runtime's optional parts it links (CompileResult.parts). */
interface Emitted {
  cFile: string;
  parts: string[];
  noUnicode: boolean;
}

function hostOptions(a: Args, steps: Steps): BuildOptions {
  return {
    cflags: a.sanitize
      ? ["-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=undefined", "-DTS_ALLOC_DIRECT"]
      : [],
    optimize: a.debug ? "-O0" : "-O2",
    debug: a.debug || a.sanitize,
    announce: (t) => steps.step(t),
  };
}

/** Fails with exit code 3 and the fix; a C build that fails for no known reason is the compiler's bug. */
class ToolError extends Error {}

interface Context {
  a: Args;
  project: Project;
  file: string;
  target: Target;
  steps: Steps;
}

/** Builds the app for its target; returns the output (executable, ELF or firmware image). */
function build(c: Context): string | undefined {
  const { a, file, target, steps, project } = c;
  const platform = platformOf(project, target);
  if (target === "host") {
    const cFile = a.command === "emit" && a.output ? a.output : path.join("generated", `${baseName(file)}.c`);
    const emitted = emit(file, cFile, platform, steps);
    if (!emitted) return undefined;
    if (a.command === "emit") return cFile;
    const exe = (a.command === "build" && a.output) || path.join("out", baseName(file));
    steps.step(`compiling and linking ${exe}`);
    try {
      linkExecutable(cFile, exe, hostOptions(a, steps), path.dirname(path.resolve(file)), emitted.parts);
    } catch (e) {
      throw toolError(e, cFile);
    }
    return exe;
  }
  if (target === "qemu-lx106" || target === "qemu-rv32") {
    const cFile = a.command === "emit" && a.output ? a.output : qemuCFile(file);
    const emitted = emit(file, cFile, platform, steps);
    if (!emitted) return undefined;
    if (a.command === "emit") return cFile;
    if (qemuRuntimeIsCold(target)) steps.step(`compiling the runtime for ${target} (first build: about a minute)`);
    steps.step(`cross-compiling and linking for ${target}`);
    let elf: string;
    try {
      elf = linkQemu(cFile, target, emitted.parts, emitted.noUnicode);
    } catch (e) {
      throw toolError(e, cFile);
    }
    const out = (a.command === "build" && a.output) || path.join("out", `${baseName(file)}.${target}.elf`);
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.copyFileSync(elf, out);
    return out;
  }
  if (target === "node") throw new UsageError("'node' is the target of 'tsfw sim'");
  return buildFirmware(c, target, "build");
}

/** A chip's firmware: the C and the files on this machine, idf.py in the container. */
function buildFirmware(c: Context, chip: Chip, action: "build" | "flash"): string | undefined {
  const { a, file, project, steps } = c;
  const dir = firmwareDir(project, chip);
  const cFile = a.command === "emit" && a.output ? a.output : path.join(dir, "app.c");
  if (!path.resolve(file).startsWith(project.dir + path.sep))
    throw new UsageError(`${file} is outside the project folder ${project.dir}, which the firmware build mounts`);
  if (!emit(file, cFile, platformOf(project, chip), steps)) return undefined;
  if (a.command === "emit") return cFile;
  stageFirmware(project, chip, project.config.log);
  steps.step(
    `staged ${path.relative(process.cwd(), path.join(dir, "fs"))} (${project.config.fs ?? "www"}/ and ca.pem)`,
  );
  needDocker(a.command ?? action);
  const port = a.port ?? project.config.port ?? "/dev/ttyUSB0";
  if (action === "flash" && !fs.existsSync(port))
    throw new FirmwareError(`serial port ${port} does not exist (--port, or "port" in tsfw.json)`);
  const [image, run] = firmwareCommands(project, chip, action, port);
  steps.step(`building the ESP-IDF image (${image[image.length - 2]}; once, from ${packageRoot})`);
  runTool(image, a.quiet);
  steps.step(`idf.py ${action === "flash" ? "flash" : "build"} in the container (${project.dir} mounted at /app)`);
  runTool(run, a.quiet);
  return firmwareImage(project, chip);
}

function runTool(cmd: string[], quiet: boolean): void {
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" });
  if (r.error) throw new ToolError(`cannot run ${cmd[0]}: ${r.error.message}`);
  if (r.status !== 0) throw new ToolError(`${cmd.slice(0, 2).join(" ")} failed (exit ${r.status})`);
}

function toolError(e: unknown, cFile: string): Error {
  if (e instanceof BuildError)
    return new ToolError(
      e.packages
        ? `C build failed: ${e.message}`
        : `C build failed. This is a compiler bug; please report it with ${cFile}.\n${e.message}`,
    );
  return e as Error;
}

/** Starts the built app: natively, or under QEMU on the simulated network. */
function start(c: Context, out: string, stdio: "inherit" | "pipe" = "inherit"): ChildProcess {
  const cwd = c.project.dir;
  if (c.target === "host") return spawn(path.resolve(out), c.a.rest, { stdio, cwd });
  const t = c.target as QemuTarget;
  const records = path.resolve(path.join("out", `${baseName(c.file)}.${t}.sim`));
  const q = qemuCommand(t, path.resolve(out), [c.a.script ? path.resolve(c.a.script) : "-", records, ...c.a.rest]);
  return spawn(q.cmd, q.args, { stdio, cwd });
}

/** Runs a child to its end; its exit code (128+n for a signal). */
function waitFor(child: ChildProcess, what: string): Promise<number> {
  // the app ends with tsfw: a signal to tsfw goes on to it
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
  return new Promise((resolve) => {
    child.on("error", (e) => {
      console.error(`tsfw: cannot start ${what}: ${e.message}`);
      resolve(EXIT_TOOLCHAIN);
    });
    child.on("exit", (code, signal) => {
      if (signal) {
        console.error(`tsfw: the app was killed by ${signal}`);
        resolve(128 + (signal === "SIGKILL" ? 9 : signal === "SIGTERM" ? 15 : 1));
      } else resolve(code ?? 1);
    });
  });
}

/** tsfw sim: the compiler's checks, then the app on node with the shim (stack traces at .ts lines). */
function startSim(c: Context): ChildProcess | undefined {
  c.steps.step(`checking ${c.file}`);
  const r = compileToC(c.file, { platform: platformOf(c.project, "node") });
  if (r.diags.length) {
    for (const d of r.diags) console.error(formatDiag(d));
    console.error(`\n${plural(r.diags.length, "error")}; the app does not run on the simulator either.`);
    return undefined;
  }
  const runner = path.join(packageRoot, "dist", "lib", "node-run.js");
  c.steps.step(`running ${c.file} on node ${process.version} (the Node shim)`);
  return spawn(process.execPath, ["--enable-source-maps", runner, path.resolve(c.file), ...c.a.rest], {
    stdio: "inherit",
    cwd: c.project.dir,
  });
}

/** Rebuilds and restarts on every change under the app's folder (and www/) until interrupted. */
async function watch(c: Context, startOnce: () => ChildProcess | undefined): Promise<number> {
  const dirs = [
    ...new Set([path.dirname(path.resolve(c.file)), path.join(c.project.dir, c.project.config.fs ?? "www")]),
  ];
  let child: ChildProcess | undefined;
  let timer: NodeJS.Timeout | undefined;
  const restart = () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const old = child;
      old.once("exit", () => restart());
      old.kill("SIGTERM");
      child = undefined;
      return;
    }
    try {
      child = startOnce();
    } catch (e) {
      console.error(`tsfw: ${(e as Error).message}`);
      child = undefined;
    }
    process.stderr.write(
      `tsfw: watching ${dirs.map((d) => path.relative(process.cwd(), d) || ".").join(", ")} (Ctrl-C ends)\n`,
    );
  };
  const ignored = (f: string | null) => !f || /(^|\/)(out|build|generated|node_modules)(\/|$)|~$|\.swp$/.test(f);
  for (const d of dirs)
    if (fs.existsSync(d))
      fs.watch(d, { recursive: true }, (_e, f) => {
        if (ignored(f)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          process.stderr.write(`tsfw: ${f} changed\n`);
          restart();
        }, 150);
      });
  restart();
  return new Promise(() => {
    // the watchers keep node running: a signal ends the app, then tsfw
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
      process.on(sig, () => {
        child?.kill("SIGTERM");
        process.exit(128 + (sig === "SIGINT" ? 2 : sig === "SIGTERM" ? 15 : 1));
      });
  });
}

/** tsfw size: the app's own code and data, and the whole linked image. */
function size(c: Context): number {
  const t = c.target;
  if (t !== "host" && t !== "qemu-lx106" && t !== "qemu-rv32") {
    throw new UsageError(
      `'size' measures host, lx106 or rv32 builds; for ${t}, 'tsfw build' prints the firmware's size`,
    );
  }
  const out = build({ ...c, a: { ...c.a, command: "build", output: undefined } });
  if (!out) return EXIT_DIAGNOSTICS;
  const whole = sizeOf(t, out);
  const row = (name: string, s: { text: number; data: number; bss: number }) =>
    `${name.padEnd(8)} ${String(s.text).padStart(9)} ${String(s.data).padStart(7)} ${String(s.bss).padStart(7)}`;
  console.log(`${"".padEnd(8)} ${"text".padStart(9)} ${"data".padStart(7)} ${"bss".padStart(7)}   (bytes, ${t})`);
  if (t !== "host") console.log(row("app", sizeOf(t, qemuAppObject(qemuElf(qemuCFile(c.file), t), t))));
  console.log(row("image", whole) + `   ${out} (${formatSize(fs.statSync(out).size)} on disk)`);
  return 0;
}

/** tsfw monitor: the serial console, without Docker. */
function monitor(a: Args, project: Project): number {
  const port = a.port ?? project.config.port ?? "/dev/ttyUSB0";
  const probe = spawnSync("python3", ["-c", "import serial.tools.miniterm"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    console.error("tsfw: monitor needs pyserial's miniterm: apt-get install python3-serial");
    return EXIT_TOOLCHAIN;
  }
  if (!fs.existsSync(port)) {
    console.error(`tsfw: serial port ${port} does not exist (--port, or "port" in tsfw.json)`);
    return EXIT_TOOLCHAIN;
  }
  const r = spawnSync("python3", ["-m", "serial.tools.miniterm", "--raw", "--eol", "LF", port, "115200"], {
    stdio: "inherit",
  });
  return r.status ?? 1;
}

function version(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string }).version;
}

const verbs = ["init", "check", "emit", "build", "run", "sim", "size", "flash", "monitor"];

async function main(argv: string[]): Promise<number> {
  let a: Args;
  try {
    a = parseArgs(argv);
  } catch (e) {
    console.error(`tsfw: ${(e as Error).message}\n\n${usage}`);
    return EXIT_USAGE;
  }
  if (a.command === undefined || a.command === "help") {
    process.stdout.write(usage);
    return a.command ? 0 : EXIT_USAGE;
  }
  if (a.command === "version") {
    console.log(`tsfw ${version()}`);
    return 0;
  }
  if (!verbs.includes(a.command)) {
    console.error(`tsfw: unknown command '${a.command}'\n\n${usage}`);
    return EXIT_USAGE;
  }
  try {
    return await command({ ...a, command: a.command });
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`tsfw: ${e.message}`);
      return EXIT_USAGE;
    }
    if (e instanceof ToolError || e instanceof FirmwareError || e instanceof BuildError) {
      console.error(`tsfw: ${e.message}`);
      return EXIT_TOOLCHAIN;
    }
    throw e;
  }
}

async function command(a: Args & { command: string }): Promise<number> {
  const steps = new Steps(a.quiet);
  if (a.command === "init") {
    const dir = a.file ?? ".";
    let files: string[];
    try {
      files = initProject(dir, version());
    } catch (e) {
      if (e instanceof InitError) throw new UsageError(e.message);
      throw e;
    }
    if (!a.quiet) {
      console.log(`tsfw: created ${files.join(", ")} in ${path.resolve(dir)}`);
      const cd = path.resolve(dir) === process.cwd() ? "" : `cd ${dir} && `;
      const install = fs.existsSync(path.join(dir, "node_modules", "tsfw")) ? "" : "npm install && ";
      console.log(`next: ${cd}${install}npx tsfw run    (then open http://127.0.0.1:8000/)`);
    }
    return 0;
  }
  let project: Project;
  try {
    project = findProject(a.file ? path.dirname(path.resolve(a.file)) : process.cwd());
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (a.command === "monitor") return monitor(a, project);
  const file =
    a.file ??
    (project.config.app ? path.relative(process.cwd(), path.join(project.dir, project.config.app)) : undefined);
  if (!file)
    throw new UsageError(`'${a.command}' needs an app file, e.g. tsfw ${a.command} app.ts (or "app" in tsfw.json)`);
  if (a.command === "sim") {
    if (a.target)
      throw new UsageError("'sim' runs the app on node; --target does not apply (use 'tsfw run --target ...')");
    const c: Context = { a, project, file, target: "node", steps };
    if (a.watch) return watch(c, () => startSim(c));
    const child = startSim(c);
    return child ? waitFor(child, "node") : EXIT_DIAGNOSTICS;
  }
  const target = sizeAlias(a.command, a.target ?? project.config.target ?? "host");
  if (!isTarget(target)) throw new UsageError(`unknown target '${target}'; the targets are ${targets.join(", ")}`);
  const c: Context = { a, project, file, target, steps };
  if (a.command === "check") {
    const r = compileToC(file, { platform: platformOf(project, target) });
    for (const d of r.diags) console.error(formatDiag(d));
    return r.diags.length ? EXIT_DIAGNOSTICS : 0;
  }
  if (a.command === "size") return size(c);
  if (a.command === "flash") {
    if (!isChip(target))
      throw new UsageError(`'flash' needs a chip target (esp32, esp32c3 or esp8266), not '${target}'`);
    const out = buildFirmware(c, target, "flash");
    if (!out) return EXIT_DIAGNOSTICS;
    steps.done(out);
    return 0;
  }
  if (a.command === "run" && isChip(target))
    throw new UsageError(`'run' runs on host, qemu-lx106 or qemu-rv32; for ${target}: tsfw flash, then tsfw monitor`);
  if (a.command === "run" && a.watch)
    return watch(c, () => {
      const out = build(c);
      return out ? start(c, out) : undefined;
    });
  const out = build(c);
  if (!out) return EXIT_DIAGNOSTICS;
  if (a.command !== "run") {
    if (a.command === "build") steps.done(out);
    return 0;
  }
  steps.done(out);
  return waitFor(start(c, out), out);
}

/** `tsfw size --target lx106` and `rv32` name the emulated builds. */
function sizeAlias(command: string, t: string): string {
  return command === "size" && (t === "lx106" || t === "rv32") ? `qemu-${t}` : t;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
