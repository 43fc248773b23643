/**
 * The compiler as a straight line: load and type-check; check the subset; analyse (captures, the
 * device API's optional parts); emit a C IR module; print it. Every refusal of every stage comes
 * back in one pass.
 */
import path from "node:path";
import { Diag, dedupe } from "./diag";
import { load } from "./load";
import { checkSubset, followsRefusal } from "./subset";
import { analyzeCaptures } from "./analyze/captures";
import { optionalApiParts } from "./analyze/optional_parts";
import { checkRegExpLiterals, literalsFitNoUnicode, regexpLiterals } from "./analyze/regexp_literals";
import { readSymbols } from "./analyze/reads";
import { integerCounters } from "./analyze/counters";
import { IntegerRanges } from "./analyze/integers";
import { scalarLiterals } from "./analyze/scalars";
import { ModuleEmitter } from "./emit/module";
import { printModule } from "./cir/print";
import { Platform, hostPlatform } from "./platform";
import { moduleGraph, resolvingChecker } from "./modules";

export interface CompileResult {
  c?: string;
  diags: Diag[];
  /** The runtime's optional parts the app links (components/runtime/manifest.json): "regexp". */
  parts?: string[];
  /**
   * With "regexp": true when PCRE2 built without Unicode gives this app the same answers (no
   * `new RegExp`, every literal accepted by it), so a device links that one (76 KB instead of 231).
   */
  pcre2NoUnicode?: boolean;
}

export interface CompileOptions {
  /** Where the C will be written, relative to the app's folder (for #line); default <app>.c beside it. */
  cFile?: string;
  /** Device.target, Device.listen and Device.www; default the host's. */
  platform?: Platform;
}

/** Type-checks an app, checks the subset and emits C. No C comes back when there is any error. */
export function compileToC(appFile: string, opts: CompileOptions = {}): CompileResult {
  const loaded = load(appFile);
  if (!loaded.program) return { diags: loaded.diags };
  const { source } = loaded.program;
  // imported names resolve to their declarations, in every stage
  const checker = resolvingChecker(loaded.program.checker);
  const graph = moduleGraph(source, loaded.program.checker);
  const files = graph.order;
  const subsets = files.map((f) => checkSubset(f, checker));
  const refused = new Set(subsets.flatMap((r) => [...r.refused]));
  // RegExp literals the device would refuse are refusals too, reported with the others
  const literalsOf = files.map((f) => regexpLiterals(f));
  const literals = literalsOf.flat();
  const subset = [
    ...graph.diags,
    ...subsets.flatMap((r) => r.diags),
    ...literalsOf.flatMap((l) => checkRegExpLiterals(l, loaded.diags)),
  ];
  // with type errors the types the emitter relies on are wrong: those and the subset's refusals are all
  if (loaded.diags.length) return { diags: dedupe([...subset, ...loaded.diags]) };
  if (graph.diags.length) return { diags: dedupe(subset) };
  const captures = files.map((f) => analyzeCaptures(f, checker));
  const counters = new Set(files.flatMap((f) => [...integerCounters(f, checker)]));
  const analyses = {
    captures: {
      free: new Map(captures.flatMap((c) => [...c.free])),
      usesThis: new Set(captures.flatMap((c) => [...c.usesThis])),
      boxed: new Set(captures.flatMap((c) => [...c.boxed])),
      early: new Set(captures.flatMap((c) => [...c.early])),
    },
    apiParts: [...new Set(files.flatMap((f) => optionalApiParts(f, checker)))],
    reads: new Set(files.flatMap((f) => [...readSymbols(f, checker)])),
    counters,
    scalars: new Map(files.flatMap((f) => [...scalarLiterals(f, checker)])),
  };
  const ints = new IntegerRanges(
    files,
    checker,
    counters,
    (sym) => analyses.captures.boxed.has(sym) || analyses.captures.early.has(sym),
  );
  const appName = path.basename(appFile);
  const names = { appFile: appName, cFile: opts.cFile ?? appName.replace(/\.tsx?$/, "") + ".c" };
  const emitter = new ModuleEmitter(
    files,
    checker,
    { ...analyses, ints },
    names,
    (n) => followsRefusal(n, refused, checker),
    opts.platform ?? hostPlatform,
  );
  let module;
  try {
    module = emitter.emit();
  } catch (e) {
    // an emitter that trips over a refused construct: its refusals say why
    if (subset.length || emitter.diags.length) return { diags: dedupe([...subset, ...emitter.diags]) };
    throw e;
  }
  const diags = dedupe([...subset, ...emitter.diags]);
  if (diags.length) return { diags };
  const c = printModule(module);
  if (emitter.regexp === "none") return { c, diags: [], parts: [] };
  return {
    c,
    diags: [],
    parts: ["regexp"],
    pcre2NoUnicode: emitter.regexp === "static" && literalsFitNoUnicode(literals),
  };
}
