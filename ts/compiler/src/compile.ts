import ts from "typescript";
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
  if (loaded.diags.length) return { diags: loaded.diags };
  const subset = checkSubset(loaded.source, loaded.checker);
  if (subset.length) return { diags: subset };
  const emitter = new ModuleEmitter(loaded.source, loaded.checker, path.resolve(appFile));
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

export { ts };
