#!/usr/bin/env node
/**
 * tsfw-node: runs a device app unchanged on node, with the Node shim.
 *
 *   node dist/lib/node-run.js app.ts     (or an app already transpiled to .js)
 *
 * The app is transpiled with TypeScript (no type check: `tsfw check` does
 * that), the shim installs the device globals (Http, print, timers), and the
 * app runs as a script. An uncaught error prints like the native build
 * ("Uncaught Error: ..." and where it was created, file.ts:line:col) and
 * exits with code 1.
 */
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { DeviceSettings, install } from "./shim";
import { errorHeader, errorLocation, setAppSource } from "./shim_errors";

/** Device.* from the app's tsfw.json, as the compiler reads it (dist/compiler/platform.js). */
function deviceSettings(app: string): DeviceSettings | undefined {
  const platformJs = path.join(__dirname, "..", "compiler", "platform.js");
  if (!fs.existsSync(platformJs)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const p = require(platformJs) as {
    findProject(dir: string): unknown;
    platformOf(project: unknown, target: string): DeviceSettings;
  };
  return p.platformOf(p.findProject(path.dirname(app)), "node");
}

function main(argv: string[]): number {
  const app = argv[0];
  if (!app || app === "-h" || app === "--help") {
    process.stderr.write("usage: tsfw-node <app.ts>\n");
    return 2;
  }
  const file = path.resolve(app);
  const src = fs.readFileSync(file, "utf8");
  let js = src;
  if (!file.endsWith(".js")) {
    // loaded only for .ts apps: a pre-transpiled .js app (the benchmark) runs without it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require("typescript") as typeof import("typescript");
    const out = ts.transpileModule(src, {
      fileName: file,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None, sourceMap: true },
    });
    js = out.outputText;
    setAppSource(file, new SourceMap(JSON.parse(out.sourceMapText!)));
  }
  install(deviceSettings(file));
  process.on("uncaughtException", (e: unknown) => {
    const loc = errorLocation(e);
    process.stderr.write(`Uncaught ${errorHeader(e)}${loc ? `\n    at ${loc}` : ""}\n`);
    process.exit(1);
  });
  vm.runInThisContext(js, { filename: file });
  return 0;
}

const code = main(process.argv.slice(2));
if (code) process.exitCode = code;
