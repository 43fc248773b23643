import { execFileSync, spawnSync } from "node:child_process";
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

/** The runtime's C sources for the host build. */
export function runtimeSources(): string[] {
  const dirs = ["core"].map((d) => path.join(runtimeDir, d));
  return dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".c")).sort().map((f) => path.join(d, f)) : []));
}

function includeFlags(): string[] {
  return [`-I${path.join(runtimeDir, "core")}`];
}

/**
 * Compiles the runtime once per flag set into a static library under build/,
 * rebuilding when a source is newer than the library.
 */
export function runtimeLibrary(opts: BuildOptions): string {
  const flags = [...warningFlags, opts.optimize, ...(opts.debug ? ["-g"] : []), ...opts.cflags];
  const key = crypto.createHash("sha1").update(flags.join(" ")).digest("hex").slice(0, 10);
  const outDir = path.join(packageRoot, "build", "host", `runtime-${key}`);
  const lib = path.join(outDir, "libtsfw.a");
  const sources = runtimeSources();
  const headers = fs.readdirSync(path.join(runtimeDir, "core")).filter((f) => f.endsWith(".h")).map((f) => path.join(runtimeDir, "core", f));
  const libTime = fs.existsSync(lib) ? fs.statSync(lib).mtimeMs : 0;
  if (libTime && [...sources, ...headers].every((s) => fs.statSync(s).mtimeMs <= libTime)) return lib;
  fs.mkdirSync(outDir, { recursive: true });
  const objects = sources.map((src) => {
    const obj = path.join(outDir, path.basename(src, ".c") + ".o");
    run("gcc", [...flags, ...includeFlags(), "-c", src, "-o", obj]);
    return obj;
  });
  const tmp = `${lib}.${process.pid}.tmp`;
  run("ar", ["rcs", tmp, ...objects]);
  fs.renameSync(tmp, lib);
  return lib;
}

/** Compiles generated C and links it with the runtime into an executable. */
export function linkExecutable(cFile: string, output: string, opts: BuildOptions): void {
  const lib = runtimeLibrary(opts);
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  run("gcc", [...warningFlags, "-fno-builtin", opts.optimize, ...(opts.debug ? ["-g"] : []), ...opts.cflags, ...includeFlags(),
    cFile, lib, "-lm", "-o", output]);
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error) throw new BuildError(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new BuildError(`${cmd} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
}

export class BuildError extends Error {}

export function hasCompiler(): boolean {
  try {
    execFileSync("gcc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
