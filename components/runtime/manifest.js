#!/usr/bin/env node
// manifest.js - reads manifest.json, the one description of the runtime's
// build, for every build system:
//   require("./manifest.js").resolve(build)   the TypeScript host build (build.ts)
//   node manifest.js make                     make variables for every build (mk/*.mk include them)
//   node manifest.js cmake BUILD              CMake set() lines (CMakeLists.txt here)
//   node manifest.js list BUILD               the build's C sources, one per line
//   node manifest.js json BUILD               the resolved build as JSON
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dir = __dirname;
const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));

class ManifestError extends Error {}

/** A part's folder: this one, or a third-party folder named by an environment variable. */
function location(loc, env, format) {
  if (format === "make") return `$(${loc === undefined ? "RT_DIR" : loc.env})`;
  if (loc === undefined) return dir;
  return env[loc.env] || loc.default;
}

/**
 * The build's parts with their sources and flags, and what they need together.
 * format "make" leaves third-party folders as $(VAR) references, resolved by make.
 */
function resolve(build, env = process.env, format = "abs") {
  const b = manifest.builds[build];
  if (!b)
    throw new ManifestError(
      `manifest.json has no build '${build}' (builds: ${Object.keys(manifest.builds).join(", ")})`,
    );
  const chosen = {};
  const out = { build, parts: [], defines: [], includeDirs: [], libs: [], debian: [], entry: undefined };
  const add = (list, xs) => xs.forEach((x) => list.includes(x) || list.push(x));
  for (const name of b.parts) {
    const p = manifest.parts[name];
    if (!p) throw new ManifestError(`manifest.json: build '${build}' names an unknown part '${name}'`);
    if (p.choice) {
      if (chosen[p.choice])
        throw new ManifestError(
          `manifest.json: build '${build}' names two '${p.choice}' parts: ${chosen[p.choice]}, ${name}`,
        );
      chosen[p.choice] = name;
    }
    const base = location(p.dir, env, format);
    out.parts.push({
      name,
      srcs: p.srcs.map((s) => `${base}/${s}`),
      cflags: p.cflags ?? manifest.cflags,
      ownFlags: p.cflags !== undefined,
    });
    add(out.defines, p.defines ?? []);
    add(out.includeDirs, p.include_dir ? [location(p.include_dir, env, format)] : []);
    add(
      out.includeDirs,
      (p.includes ?? []).map((i) => (i === "." ? base : `${base}/${i}`)),
    );
    add(out.libs, p.libs ?? []);
    add(out.debian, p.debian ?? []);
    if (p.entry) out.entry = `${base}/${p.entry}`;
  }
  out.cflags = manifest.cflags;
  out.srcs = out.parts.filter((p) => !p.ownFlags).flatMap((p) => p.srcs);
  out.cppflags = [...out.defines.map((d) => `-D${d}`), ...out.includeDirs.map((i) => `-I${i}`)];
  return out;
}

/** Every source file of a build (own parts and third-party), sorted. */
function sources(build, env = process.env) {
  const r = resolve(build, env);
  return [...r.parts.flatMap((p) => p.srcs), ...(r.entry ? [r.entry] : [])].sort();
}

/** Make variables, with paths under $(RT_DIR) (set by the includer): RT_PART_<part>_SRCS, RT_<build>_SRCS (built with RT_CFLAGS), RT_<build>_TP_SRCS / _TP_CFLAGS
 * (parts with flags of their own), _CPPFLAGS, _LIBS, _ENTRY. */
function makeText() {
  const lines = ["# generated from components/runtime/manifest.json by manifest.js: do not edit", ""];
  const vars = new Set(Object.values(manifest.parts).flatMap((p) => [p.dir, p.include_dir].filter(Boolean)));
  for (const v of vars) lines.push(`${v.env} ?= ${v.default}`);
  lines.push(`RT_CFLAGS := ${manifest.cflags.join(" ")}`, `RT_BUILDS := ${Object.keys(manifest.builds).join(" ")}`, "");
  for (const [name, p] of Object.entries(manifest.parts))
    lines.push(`RT_PART_${name}_SRCS := ${p.srcs.map((s) => `${location(p.dir, {}, "make")}/${s}`).join(" ")}`);
  for (const build of Object.keys(manifest.builds)) {
    const r = resolve(build, {}, "make");
    const own = r.parts.filter((p) => p.ownFlags);
    const flags = [...new Set(own.map((p) => p.cflags.join(" ")))];
    if (flags.length > 1) continue; // parts with different flags of their own: CMake only (esp-idf)
    lines.push(
      "",
      `RT_${build}_SRCS := ${r.srcs.join(" ")}`,
      `RT_${build}_TP_SRCS := ${own.flatMap((p) => p.srcs).join(" ")}`,
      `RT_${build}_TP_CFLAGS := ${flags[0] ?? ""}`,
      `RT_${build}_CPPFLAGS := ${r.cppflags.join(" ")}`,
      `RT_${build}_LIBS := ${r.libs.map((l) => `-l${l}`).join(" ")}`,
      `RT_${build}_ENTRY := ${r.entry ?? ""}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** CMake, one "VARIABLE value" line per list item (CMake 3.5 reads it without a file, also in
 * ESP-IDF's script-mode expansion): RT_SRCS (built with RT_CFLAGS), RT_OWN_PARTS and
 * RT_PART_<part>_SRCS / _CFLAGS for the parts with flags of their own, RT_DEFINES,
 * RT_INCLUDE_DIRS, RT_LIBS. */
function cmakeText(build) {
  const r = resolve(build);
  const own = r.parts.filter((p) => p.ownFlags);
  const vars = [
    ["RT_SRCS", r.srcs],
    ["RT_CFLAGS", r.cflags],
    ["RT_OWN_PARTS", own.map((p) => p.name)],
    ...own.flatMap((p) => [
      [`RT_PART_${p.name}_SRCS`, p.srcs],
      [`RT_PART_${p.name}_CFLAGS`, p.cflags],
    ]),
    ["RT_DEFINES", r.defines],
    ["RT_INCLUDE_DIRS", r.includeDirs],
    ["RT_LIBS", r.libs],
  ];
  return vars.flatMap(([name, items]) => items.map((x) => `${name} ${x}\n`)).join("");
}

module.exports = { manifest, resolve, sources, makeText, cmakeText, ManifestError };

if (require.main === module) {
  const [cmd, build] = process.argv.slice(2);
  try {
    if (cmd === "make") process.stdout.write(makeText());
    else if (cmd === "cmake" && build) process.stdout.write(cmakeText(build));
    else if (cmd === "list" && build) process.stdout.write(sources(build).join("\n") + "\n");
    else if (cmd === "json" && build) process.stdout.write(JSON.stringify(resolve(build), null, 2) + "\n");
    else {
      process.stderr.write("usage: manifest.js make | cmake BUILD | list BUILD | json BUILD\n");
      process.exitCode = 2;
    }
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  }
}
