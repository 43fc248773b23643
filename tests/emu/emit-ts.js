#!/usr/bin/env node
// emit-ts.js OUTDIR FILE.ts... - compiles TypeScript apps to C with the
// project's compiler (dist/compiler, one node process for all files).
// OUTDIR/<name>.c is rewritten only when the .ts or the compiler is newer;
// apps the compiler refuses get OUTDIR/<name>.fail with the diagnostics.
// An app that uses a RegExp gets OUTDIR/<name>.rx: "unicode", or "nounicode"
// when PCRE2 built without Unicode gives it the same answers (what a device links).
// Prints "emit: N ok (U up to date), F failed".
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const top = path.resolve(__dirname, "..", "..");
const distDir = path.join(top, "dist", "compiler");
const { compileToC } = require(path.join(distDir, "compile.js"));
const { formatDiag } = require(path.join(distDir, "diag.js"));
const [outDir, ...files] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const compilerTime = Math.max(newest(distDir), fs.statSync(path.join(top, "ts", "lib", "device.d.ts")).mtimeMs);
let ok = 0, upToDate = 0, failed = 0;
for (const f of files) {
  const base = path.basename(f, ".ts");
  const cOut = path.join(outDir, base + ".c");
  const failOut = path.join(outDir, base + ".fail");
  const srcTime = Math.max(fs.statSync(f).mtimeMs, compilerTime);
  const prev = [cOut, failOut].find((p) => fs.existsSync(p));
  if (prev && fs.statSync(prev).mtimeMs >= srcTime) {
    if (prev === cOut) { ok++; upToDate++; } else failed++;
    continue;
  }
  let r;
  try {
    r = compileToC(f);
  } catch (e) {
    r = { diags: [], crash: String(e && e.stack || e) };
  }
  const rxOut = path.join(outDir, base + ".rx");
  fs.rmSync(rxOut, { force: true });
  if (r.c) {
    fs.rmSync(failOut, { force: true });
    if ((r.parts || []).includes("regexp")) fs.writeFileSync(rxOut, r.pcre2NoUnicode ? "nounicode\n" : "unicode\n");
    fs.writeFileSync(cOut, r.c);
    ok++;
  } else {
    fs.rmSync(cOut, { force: true });
    const msg = r.crash || (r.diags || []).map((d) => formatDiag(d)).join("\n");
    fs.writeFileSync(failOut, String(msg).slice(0, 4000) + "\n");
    failed++;
  }
}
console.log(`emit: ${ok} ok (${upToDate} up to date), ${failed} failed`);
