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
  /** Told when the runtime library is compiled (a cold build takes a while). */
  announce?: (text: string) => void;
}

/** A build of components/runtime/manifest.json, as components/runtime/manifest.js resolves it. */
interface RuntimeBuild {
  /** Each part's sources (absolute) with the C flags they are compiled with. */
  parts: { name: string; srcs: string[]; cflags: string[] }[];
  /** The runtime's C dialect and warnings, for the app's C too. */
  cflags: string[];
  /** -D and -I flags for every source of the build and for the app. */
  cppflags: string[];
  libs: string[];
  /** Debian packages with the headers and libraries the build needs. */
  debian: string[];
}

const manifest = require(path.join(runtimeDir, "manifest.js")) as { resolve(build: string): RuntimeBuild };

/** The host build: which sources, flags and libraries (components/runtime/manifest.json). */
const hostBuild = manifest.resolve("host");
/** The host build with the runtime's optional parts an app uses (CompileResult.parts): "regexp". */
const builds = new Map<string, RuntimeBuild>([["host", hostBuild]]);
function buildFor(parts: readonly string[]): RuntimeBuild {
  const name = parts.includes("regexp") ? "host-regexp" : "host";
  let b = builds.get(name);
  if (!b) builds.set(name, (b = manifest.resolve(name)));
  return b;
}

export const warningFlags = hostBuild.cflags;

/** -D and -I flags for the runtime and for generated C (tsfw.h, tsfw_api.h, llhttp.h, tsfw_regexp.h). */
export function includeFlags(parts: readonly string[] = []): string[] {
  return buildFor(parts).cppflags;
}

function runtimeHeaders(): string[] {
  return ["core", "api", "net", "port", "regexp"].flatMap((d) => {
    const dir = path.join(runtimeDir, d);
    return fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".h"))
          .map((f) => path.join(dir, f))
      : [];
  });
}

/** Fails with what to install when a source of the build is missing (llhttp is a Debian package). */
function checkSources(build: RuntimeBuild): void {
  for (const part of build.parts)
    for (const src of part.srcs) if (!fs.existsSync(src)) throw new BuildError(`${src} is missing`, build.debian);
}

/**
 * Compiles the runtime once per flag set into a static library under build/,
 * rebuilding when a source is newer than the library.
 */
export function runtimeLibrary(opts: BuildOptions, parts: readonly string[] = []): string {
  const build = buildFor(parts);
  const common = [opts.optimize, ...(opts.debug ? ["-g"] : []), ...opts.cflags, ...build.cppflags];
  const key = crypto
    .createHash("sha1")
    .update(JSON.stringify([build.parts, common]))
    .digest("hex")
    .slice(0, 10);
  const outDir = path.join(packageRoot, "build", "host", `runtime-${key}`);
  const lib = path.join(outDir, "libtsfw.a");
  checkSources(build);
  const inputs = [...build.parts.flatMap((p) => p.srcs), ...runtimeHeaders()];
  const libTime = fs.existsSync(lib) ? fs.statSync(lib).mtimeMs : 0;
  if (libTime && inputs.every((s) => fs.statSync(s).mtimeMs <= libTime)) return lib;
  fs.mkdirSync(outDir, { recursive: true });
  opts.announce?.(
    `compiling the runtime for the host (${libTime ? "its sources changed" : "first build with these flags"}; about 20 s)`,
  );
  const objects = build.parts.flatMap((part) =>
    part.srcs.map((src) => {
      const obj = path.join(outDir, `${part.name}-${path.basename(src, ".c")}.o`);
      run("gcc", [...part.cflags, ...common, "-c", src, "-o", obj]);
      return obj;
    }),
  );
  const tmp = `${lib}.${process.pid}.tmp`;
  run("ar", ["rcs", tmp, ...objects]);
  fs.renameSync(tmp, lib);
  return lib;
}

/** System libraries a host build of the runtime links (mbedTLS, c-ares, libm; PCRE2 for "regexp"). */
export function hostLinkLibs(parts: readonly string[] = []): string[] {
  return buildFor(parts).libs.map((l) => `-l${l}`);
}

/**
 * Compiles generated C and links it with the runtime into an executable. The C compiler runs in the
 * app's folder: #line names the app relative to it, so the debug information finds the source.
 */
export function linkExecutable(
  cFile: string,
  output: string,
  opts: BuildOptions,
  appDir: string,
  parts: readonly string[] = [],
): void {
  const lib = runtimeLibrary(opts, parts);
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  run(
    "gcc",
    [
      ...warningFlags,
      opts.optimize,
      ...(opts.debug ? ["-g"] : []),
      ...opts.cflags,
      ...includeFlags(parts),
      path.resolve(cFile),
      lib,
      ...hostLinkLibs(parts),
      "-o",
      path.resolve(output),
    ],
    appDir,
  );
}

function run(cmd: string, args: string[], cwd?: string): void {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd });
  if (r.error) throw new BuildError(`cannot run ${cmd}: ${r.error.message}`, buildFor(["regexp"]).debian);
  if (r.status === 0) return;
  const out = r.stderr || r.stdout;
  // a header or library of a system package that is not installed
  const missing = /fatal error: (\S+): No such file or directory|cannot find (-l\S+)/.exec(out);
  if (missing) throw new BuildError(`${missing[1] ?? missing[2]} is not installed`, buildFor(["regexp"]).debian);
  throw new BuildError(`${cmd} failed (exit ${r.status}):\n${out}`);
}

/** A failed C build; with `packages` when the fix is installing them rather than a compiler bug. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly packages?: string[],
  ) {
    super(packages ? `${message}: run \`make deps\` (or apt-get install gcc ${packages.join(" ")})` : message);
  }
}
