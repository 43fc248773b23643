/**
 * An app split across its own files: which files, in which order they run, and a checker that sees
 * through imports.
 *
 * The files run once each, in ES module order: a file's imports first (depth first, in the order of
 * its import and export-from declarations, each file once), then the file itself. `import type` and
 * `export type ... from` run nothing. A cycle is refused, naming it: node would run it with
 * uninitialised bindings, which the compiled program has no way to express.
 */
import ts from "typescript";
import path from "node:path";
import { Diag, Refusals, refusal } from "./diag";

export interface ModuleGraph {
  /** The app's own files, dependencies first, the entry last. */
  order: ts.SourceFile[];
  diags: Diag[];
}

/** The app's file that a module specifier names; undefined for a package or a missing file. */
function target(checker: ts.TypeChecker, spec: ts.Expression): ts.SourceFile | undefined {
  const sym = checker.getSymbolAtLocation(spec);
  const decl = sym?.valueDeclaration;
  return decl && ts.isSourceFile(decl) && !decl.isDeclarationFile ? decl : undefined;
}

/** The files an import or export-from declaration makes run, in order. */
function runsFirst(checker: ts.TypeChecker, sf: ts.SourceFile): { node: ts.Node; file: ts.SourceFile }[] {
  const out: { node: ts.Node; file: ts.SourceFile }[] = [];
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly) {
      const f = target(checker, s.moduleSpecifier);
      if (f) out.push({ node: s, file: f });
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly) {
      const f = target(checker, s.moduleSpecifier);
      if (f) out.push({ node: s, file: f });
    }
  }
  return out;
}

/** Orders the files reachable from the entry; refuses cycles and imports of anything but the app's files. */
export function moduleGraph(entry: ts.SourceFile, checker: ts.TypeChecker): ModuleGraph {
  const order: ts.SourceFile[] = [];
  const diags: Diag[] = [];
  const done = new Set<ts.SourceFile>();
  const stack: ts.SourceFile[] = [];
  const visit = (sf: ts.SourceFile): void => {
    stack.push(sf);
    for (const s of sf.statements) {
      const spec = ts.isImportDeclaration(s) || ts.isExportDeclaration(s) ? s.moduleSpecifier : undefined;
      // a package, or node's modules: not the app's (a missing file is TypeScript's error)
      if (spec && ts.isStringLiteral(spec) && !/^\.\.?\//.test(spec.text))
        diags.push(refusal(s, Refusals.Import, spec.text));
    }
    for (const { node, file } of runsFirst(checker, sf)) {
      const at = stack.indexOf(file);
      if (at >= 0) {
        const names = [...stack.slice(at), file].map((f) => path.basename(f.fileName));
        diags.push(refusal(node, Refusals.ImportCycle, names.join(" -> ")));
        continue;
      }
      if (!done.has(file)) visit(file);
    }
    stack.pop();
    done.add(sf);
    order.push(sf);
  };
  visit(entry);
  return { order, diags };
}

/**
 * The checker, with the symbol of an imported name resolved to the declaration it names, so that the
 * analyses and the emitter see one symbol per variable, function or class whatever file uses it.
 */
export function resolvingChecker(checker: ts.TypeChecker): ts.TypeChecker {
  const resolve = (s: ts.Symbol | undefined): ts.Symbol | undefined => {
    // step by step: `export default name` of a variable stops the chain (defaultOfVariable)
    for (let i = 0; s && s.flags & ts.SymbolFlags.Alias && i < 100; i++) {
      if (defaultOfVariable(checker, s)) return s;
      s = checker.getImmediateAliasedSymbol(s);
    }
    return s;
  };
  const c = Object.create(checker) as ts.TypeChecker;
  c.getSymbolAtLocation = (n) => resolve(checker.getSymbolAtLocation(n));
  c.getShorthandAssignmentValueSymbol = (n) => resolve(checker.getShorthandAssignmentValueSymbol(n));
  return c;
}

/**
 * `export default name` where name is a variable: node exports the value the variable holds when
 * the statement runs, so the default export is a variable of its own (emit/module.ts), not an alias.
 */
export function defaultOfVariable(checker: ts.TypeChecker, s: ts.Symbol): ts.ExportAssignment | undefined {
  const decl = s.declarations?.find(ts.isExportAssignment);
  if (!decl || decl.isExportEquals || !ts.isIdentifier(decl.expression)) return undefined;
  let target = checker.getSymbolAtLocation(decl.expression);
  if (target && target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
  return target && target.flags & ts.SymbolFlags.Variable ? decl : undefined;
}
