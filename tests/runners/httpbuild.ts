/** Builds a device app natively with the full runtime (core + api + net + port/posix + llhttp). */
import fs from "node:fs";
import path from "node:path";
import { compileToC } from "../../ts/compiler/src/compile";
import { formatDiag } from "../../ts/compiler/src/diag";
import { BuildOptions, includeFlags, runtimeLibrary, warningFlags } from "../../ts/compiler/src/build";
import { run } from "./common";

export async function buildApp(app: string, outDir: string, opts: BuildOptions): Promise<string> {
  const r = compileToC(app);
  if (r.diags.length) throw new Error(r.diags.map((d) => formatDiag(d)).join("\n"));
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.basename(app, ".ts");
  const cFile = path.join(outDir, `${base}.c`);
  const exe = path.join(outDir, base);
  fs.writeFileSync(cFile, r.c!);
  const lib = runtimeLibrary(opts);
  const g = await run("gcc", [...warningFlags, "-fno-builtin", opts.optimize, ...(opts.debug ? ["-g"] : []), ...opts.cflags, ...includeFlags(), cFile, lib, "-lm", "-o", exe]);
  if (g.code !== 0) throw new Error(`gcc failed for ${app}:\n${g.stderr}`);
  return exe;
}
