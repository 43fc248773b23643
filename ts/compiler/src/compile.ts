import path from "node:path";
import { Diag } from "./diag";
import { load } from "./load";
import { checkSubset } from "./subset";
import { ModuleEmitter } from "./emit/module";

export interface CompileResult {
  c?: string;
  diags: Diag[];
}

/** Type-checks an app, checks the subset and emits C. No C comes back when there is any error. */
export function compileToC(appFile: string): CompileResult {
  const loaded = load(appFile);
  if (!loaded.program) return { diags: loaded.diags };
  const { source, checker } = loaded.program;
  // the subset's own refusals are reported with TypeScript's errors: both help
  const subset = checkSubset(source, checker);
  if (loaded.diags.length || subset.length) return { diags: sortDiags([...loaded.diags, ...subset]) };
  const emitter = new ModuleEmitter(source, checker, path.resolve(appFile));
  let c: string;
  try {
    c = emitter.emit();
  } catch (e) {
    if (emitter.diags.length) return { diags: emitter.diags };
    throw e;
  }
  if (emitter.diags.length) return { diags: dedupe(emitter.diags) };
  return { c, diags: [] };
}

function sortDiags(diags: Diag[]): Diag[] {
  return diags.sort((a, b) => a.line - b.line || a.col - b.col);
}

function dedupe(diags: Diag[]): Diag[] {
  const seen = new Set<string>();
  return diags
    .filter((d) => {
      const k = `${d.file}:${d.line}:${d.col}:${d.code}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.col - b.col);
}
