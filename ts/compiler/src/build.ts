import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { packageRoot } from "./load";

export const runtimeDir = path.join(packageRoot, "components", "runtime");

export interface BuildOptions {
  /** Extra compiler flags, e.g. sanitizers. */
  cflags: string[];
  optimize: string;
  debug: boolean;
}

export const warningFlags = ["-std=c99", "-Wall", "-Wextra", "-Werror"];

/** llhttp's C sources (Debian's node-llhttp), compiled into the runtime as-is. */
export const llhttpDir = process.env.LLHTTP_DIR ?? "/usr/share/llhttp";
export const llhttpInclude = process.env.LLHTTP_INC ?? "/usr/share/include/llhttp";
/** llhttp is third-party generated code: no -Werror, strict parsing mode. */
const llhttpFlags = ["-std=c99", "-DLLHTTP_STRICT_MODE=1", "-Wno-unused-parameter"];

function cFiles(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".c"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

/** The runtime's C sources for the host build: core, device API, networking, POSIX port. */
export function runtimeSources(): string[] {
  return ["core", "api", "net", path.join("port", "posix")].flatMap((d) => cFiles(path.join(runtimeDir, d)));
}

/** llhttp sources, built with their own relaxed flags. */
export function llhttpSources(): string[] {
  return ["api.c", "http.c", "llhttp.c"].map((f) => path.join(llhttpDir, f)).filter((f) => fs.existsSync(f));
}

/** Include flags for the runtime and for generated C (tsfw.h, tsfw_api.h). */
export function includeFlags(): string[] {
  return [
    `-I${path.join(runtimeDir, "core")}`,
    `-I${path.join(runtimeDir, "api")}`,
    `-I${runtimeDir}`,
    `-I${llhttpInclude}`,
  ];
}

function runtimeHeaders(): string[] {
  return ["core", "api", "net", "port"].flatMap((d) => {
    const dir = path.join(runtimeDir, d);
    return fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".h"))
          .map((f) => path.join(dir, f))
      : [];
  });
}

/**
 * Compiles the runtime once per flag set into a static library under build/,
 * rebuilding when a source is newer than the library.
 */
export function runtimeLibrary(opts: BuildOptions): string {
  // TS_HAVE_PORT_CLOCK: Date.now() asks the port for milliseconds (core/mathlib.c)
  const flags = [...warningFlags, "-DTS_HAVE_PORT_CLOCK", opts.optimize, ...(opts.debug ? ["-g"] : []), ...opts.cflags];
  const key = crypto.createHash("sha1").update(flags.join(" ")).digest("hex").slice(0, 10);
  const outDir = path.join(packageRoot, "build", "host", `runtime-${key}`);
  const lib = path.join(outDir, "libtsfw.a");
  const sources = runtimeSources();
  const llhttp = llhttpSources();
  const libTime = fs.existsSync(lib) ? fs.statSync(lib).mtimeMs : 0;
  if (libTime && [...sources, ...llhttp, ...runtimeHeaders()].every((s) => fs.statSync(s).mtimeMs <= libTime))
    return lib;
  fs.mkdirSync(outDir, { recursive: true });
  const tag = (src: string) => path.relative(runtimeDir, src).replace(/[\/]/g, "_").replace(/\.c$/, "");
  const objects = sources.map((src) => {
    const obj = path.join(outDir, tag(src) + ".o");
    run("gcc", [...flags, ...includeFlags(), "-c", src, "-o", obj]);
    return obj;
  });
  const llFlags = [...llhttpFlags, opts.optimize, ...(opts.debug ? ["-g"] : []), ...opts.cflags, `-I${llhttpInclude}`];
  for (const src of llhttp) {
    const obj = path.join(outDir, "llhttp_" + path.basename(src, ".c") + ".o");
    run("gcc", [...llFlags, "-c", src, "-o", obj]);
    objects.push(obj);
  }
  const tmp = `${lib}.${process.pid}.tmp`;
  run("ar", ["rcs", tmp, ...objects]);
  fs.renameSync(tmp, lib);
  return lib;
}

/** System libraries a host build of the runtime links: mbedTLS (net/tls.c),
 * c-ares (port/posix DNS) and libm. */
export const hostLinkLibs = ["-lmbedtls", "-lmbedx509", "-lmbedcrypto", "-lcares", "-lm"];

/**
 * Compiles generated C and links it with the runtime into an executable. The C compiler runs in the
 * app's folder: #line names the app relative to it, so the debug information finds the source.
 */
export function linkExecutable(cFile: string, output: string, opts: BuildOptions, appDir: string): void {
  const lib = runtimeLibrary(opts);
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  run(
    "gcc",
    [
      ...warningFlags,
      opts.optimize,
      ...(opts.debug ? ["-g"] : []),
      ...opts.cflags,
      ...includeFlags(),
      path.resolve(cFile),
      lib,
      ...hostLinkLibs,
      "-o",
      path.resolve(output),
    ],
    appDir,
  );
}

function run(cmd: string, args: string[], cwd?: string): void {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd });
  if (r.error) throw new BuildError(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new BuildError(`${cmd} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
}

export class BuildError extends Error {}
