import ts from "typescript";
import path from "node:path";
import fs from "node:fs";
import { Diag, Refusals, fromTsDiagnostic } from "./diag";

/** The package's root: the nearest folder above this file that holds package.json. */
export const packageRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
export const deviceTypings = path.join(packageRoot, "ts", "lib", "device.d.ts");

/** Options the subset needs, whatever the app's tsconfig says. */
const forced: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  useDefineForClassFields: true,
  // an app's top-level names are its own, as under node's module wrapper
  moduleDetection: ts.ModuleDetectionKind.Force,
};

/** Reads tsconfig.json next to the app (or above it), keeping only options that are safe to honour. */
export function readTsconfig(appFile: string): { options: ts.CompilerOptions; diags: Diag[] } {
  const configPath = ts.findConfigFile(path.dirname(path.resolve(appFile)), ts.sys.fileExists);
  if (!configPath) return { options: {}, diags: [] };
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) return { options: {}, diags: [fromTsDiagnostic(read.error)] };
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
  const diags = parsed.errors.filter((e) => e.code !== 18003 /* no inputs */).map(fromTsDiagnostic);
  const o = parsed.options;
  // Checks that only make the program stricter are honoured; the rest is fixed by the subset.
  const options: ts.CompilerOptions = {};
  for (const k of [
    "noUnusedLocals",
    "noUnusedParameters",
    "noImplicitReturns",
    "noFallthroughCasesInSwitch",
    "noUncheckedIndexedAccess",
    "exactOptionalPropertyTypes",
    "noImplicitOverride",
    "noPropertyAccessFromIndexSignature",
  ] as const) {
    if (o[k] !== undefined) options[k] = o[k];
  }
  return { options, diags };
}

const libCache = new Map<string, ts.SourceFile>();

/** A compiler host that keeps parsed lib files between programs (the test runner builds many). */
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, lang, onError, shouldCreate) => {
    const isLib = fileName.includes("/node_modules/typescript/lib/") || fileName === deviceTypings;
    if (isLib) {
      const hit = libCache.get(fileName);
      if (hit) return hit;
    }
    const sf = getSourceFile(fileName, lang, onError, shouldCreate);
    if (sf && isLib) libCache.set(fileName, sf);
    return sf;
  };
  return host;
}

export interface Loaded {
  /** Absent when the file could not be read. */
  program?: { checker: ts.TypeChecker; source: ts.SourceFile };
  diags: Diag[];
}

/** Parses and type-checks one app file; TypeScript's own errors come back as diagnostics. */
export function load(appFile: string, extraTypings: string[] = []): Loaded {
  const file = path.resolve(appFile);
  if (!fs.existsSync(file)) {
    const r = Refusals.Unreadable;
    return { diags: [{ file: appFile, line: 1, col: 1, code: r.code, message: r.text(appFile) }] };
  }
  const cfg = readTsconfig(file);
  const options = { ...cfg.options, ...forced };
  const program = ts.createProgram({
    rootNames: [file, deviceTypings, ...extraTypings],
    options,
    host: cachingHost(options),
  });
  const source = program.getSourceFile(file)!;
  const diags = [...cfg.diags, ...ts.getPreEmitDiagnostics(program).map(fromTsDiagnostic)];
  return { program: { checker: program.getTypeChecker(), source }, diags };
}
