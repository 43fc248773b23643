import ts from "typescript";
import { Code, Diag, diagAt } from "./diag";

const K = ts.SyntaxKind;

/** Syntax outside the subset, with the code and message reported for it. */
const refused: Partial<Record<ts.SyntaxKind, [string, string, string?]>> = {
  [K.TryStatement]: [
    Code.Exceptions,
    "'try' is not supported on devices.",
    "check for errors with return values; 'throw' ends the program",
  ],
  [K.AwaitExpression]: [Code.Async, "'await' is not supported.", "use callbacks, as the device API does"],
  [K.YieldExpression]: [Code.Async, "generators are not supported."],
  [K.RegularExpressionLiteral]: [
    Code.UnsupportedSyntax,
    "regular expressions are not supported.",
    "use string methods such as indexOf, split and replace",
  ],
  [K.GetAccessor]: [Code.Accessors, "getters are not supported.", "use a method"],
  [K.SetAccessor]: [Code.Accessors, "setters are not supported.", "use a method"],
  [K.Decorator]: [Code.UnsupportedSyntax, "decorators are not supported."],
  [K.ModuleDeclaration]: [Code.Modules, "namespaces are not supported."],
  [K.ImportDeclaration]: [Code.Modules, "imports are not supported: an app is one file."],
  [K.ImportEqualsDeclaration]: [Code.Modules, "imports are not supported: an app is one file."],
  [K.ExportAssignment]: [Code.Modules, "exports are not supported: an app is one file."],
  [K.ExportDeclaration]: [Code.Modules, "exports are not supported: an app is one file."],
  [K.WithStatement]: [Code.UnsupportedSyntax, "'with' is not supported."],
  [K.DebuggerStatement]: [Code.UnsupportedSyntax, "'debugger' is not supported.", "use gdb on the host build"],
  [K.TaggedTemplateExpression]: [Code.UnsupportedSyntax, "tagged templates are not supported."],
  [K.ClassExpression]: [
    Code.UnsupportedSyntax,
    "class expressions are not supported.",
    "declare the class at the top level",
  ],
  [K.MetaProperty]: [Code.UnsupportedSyntax, "'new.target' and 'import.meta' are not supported."],
  [K.VoidExpression]: [Code.UnsupportedSyntax, "'void' expressions are not supported."],
  [K.ForInStatement]: [Code.UnsupportedSyntax, "'for...in' is supported only on index-signature objects."],
  [K.PrivateIdentifier]: [Code.UnsupportedSyntax, "'#private' names are not supported.", "use the 'private' modifier"],
  [K.ClassStaticBlockDeclaration]: [Code.UnsupportedSyntax, "static blocks are not supported."],
  [K.AnyKeyword]: [
    Code.AnyType,
    "'any' is not supported: every value needs a type the compiler can lay out.",
    "use a precise type, or 'unknown' for print arguments",
  ],
  [K.BigIntLiteral]: [Code.UnsupportedType, "bigint is not supported."],
  [K.BigIntKeyword]: [Code.UnsupportedType, "bigint is not supported."],
  [K.SymbolKeyword]: [Code.UnsupportedType, "symbols are not supported."],
};

const forbiddenNames: Record<string, string> = {
  eval: "'eval' is not supported on devices.",
  Function: "'Function' is not supported on devices.",
  arguments: "'arguments' is not supported.",
  require: "'require' is not supported: an app is one file.",
  globalThis: "'globalThis' is not supported.",
  Symbol: "symbols are not supported.",
  Proxy: "'Proxy' is not supported.",
  Reflect: "'Reflect' is not supported.",
  Promise: "Promises are not supported.",
};

/** Reports every construct outside the subset; the emitter may add semantic refusals. */
export function checkSubset(source: ts.SourceFile, checker: ts.TypeChecker): Diag[] {
  const diags: Diag[] = [];
  const report = (node: ts.Node, code: string, message: string, hint?: string) =>
    diags.push(diagAt(node, code, message, hint));

  const visit = (node: ts.Node): void => {
    const r = refused[node.kind];
    if (r) {
      if (
        node.kind === K.ForInStatement &&
        isDictionary(checker.getTypeAtLocation((node as ts.ForInStatement).expression))
      ) {
        // for...in over a dictionary or object is fine
      } else {
        report(node, r[0], r[1], r[2]);
        return;
      }
    }
    const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
    if (mods?.some((m) => m.kind === K.ExportKeyword))
      report(node, Code.Modules, "exports are not supported: an app is one file.");
    if (mods?.some((m) => m.kind === K.DeclareKeyword)) {
      report(node, Code.UnsupportedSyntax, "'declare' is not supported: the app can only use code the compiler sees.");
      return;
    }
    switch (node.kind) {
      case K.VariableDeclarationList:
        if (!(node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)))
          report(node, Code.UnsupportedSyntax, "'var' is not supported.", "use 'let' or 'const'");
        break;
      case K.FunctionDeclaration:
      case K.FunctionExpression:
      case K.ArrowFunction:
      case K.MethodDeclaration: {
        const f = node as ts.FunctionLikeDeclaration;
        if (f.modifiers?.some((m) => m.kind === K.AsyncKeyword))
          report(f, Code.Async, "async functions are not supported.", "use callbacks, as the device API does");
        if (f.asteriskToken) report(f, Code.Async, "generators are not supported.");
        if (node.kind === K.FunctionDeclaration && !f.body)
          report(f, Code.UnsupportedSyntax, "overload signatures are not supported.");
        break;
      }
      case K.ThisKeyword:
        if (!insideClass(node)) report(node, Code.ThisOutsideClass, "'this' is supported only inside classes.");
        break;
      case K.Identifier: {
        const id = node as ts.Identifier;
        const msg = forbiddenNames[id.text];
        if (msg && isValueReference(id) && isGlobal(id, checker)) report(id, Code.Forbidden, msg);
        break;
      }
      case K.LabeledStatement: {
        const s = (node as ts.LabeledStatement).statement;
        if (!ts.isIterationStatement(s, false))
          report(node, Code.UnsupportedSyntax, "labels are supported only on loops.");
        break;
      }
      case K.ClassDeclaration: {
        const c = node as ts.ClassDeclaration;
        if (!c.name) report(c, Code.UnsupportedSyntax, "a class needs a name.");
        else if (c.parent.kind !== K.SourceFile)
          report(c.name, Code.UnsupportedSyntax, "classes must be declared at the top level.");
        break;
      }
      case K.Parameter: {
        const p = node as ts.ParameterDeclaration;
        if (ts.isIdentifier(p.name) && p.name.text === "this")
          report(p, Code.ThisOutsideClass, "'this' parameters are not supported.");
        break;
      }
      case K.BinaryExpression: {
        const b = node as ts.BinaryExpression;
        if (b.operatorToken.kind === K.InKeyword && !isObjectLike(checker.getTypeAtLocation(b.right))) {
          report(b.operatorToken, Code.UnsupportedOperand, "'in' is supported only on objects.");
        }
        break;
      }
      case K.NewExpression: {
        const n = node as ts.NewExpression;
        if (
          ts.isIdentifier(n.expression) &&
          ["Array", "Object", "String", "Number", "Boolean"].includes(n.expression.text)
        ) {
          report(
            n,
            Code.UnsupportedLibrary,
            `'new ${n.expression.text}' is not supported.`,
            n.expression.text === "Array" ? "use [] or Array.from({ length: n }, fn)" : "use a literal",
          );
        }
        break;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return diags;
}

function insideClass(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isClassDeclaration(p)) return true;
    if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p)) return false;
  }
  return false;
}

function isValueReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertySignature(p)) &&
    p.name === id
  )
    return false;
  if (ts.isTypeReferenceNode(p)) return false;
  return true;
}

function isGlobal(id: ts.Identifier, checker: ts.TypeChecker): boolean {
  const sym = checker.getSymbolAtLocation(id);
  if (!sym) return true;
  return (sym.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile);
}

export function isDictionary(t: ts.Type): boolean {
  return t.getStringIndexType() !== undefined || (t.flags & ts.TypeFlags.Object) !== 0;
}

function isObjectLike(t: ts.Type): boolean {
  return t.isUnion() ? t.types.every(isObjectLike) : (t.flags & ts.TypeFlags.Object) !== 0;
}
