import ts from "typescript";
import { Diag, Refusal, Refusals as R, refusal } from "./diag";
import { isDeviceSymbol } from "./lib/symbols";
import { enclosingValueUse, isLocalClass, localClassOf } from "./local_classes";
import {
  appliedMixin,
  isTopLevelConstDecl,
  isMixinCtorAny,
  otherRestUse,
  restParameter,
  isSuperSpread,
  isApplicationSite,
  isMixinRestAny,
  isStaticClassArgument,
  mixinClass,
  usesBaseParameter,
  valueDeclaration,
} from "./mixins";

const K = ts.SyntaxKind;

/** Syntax outside the subset, with its refusal. */
const refused: Partial<Record<ts.SyntaxKind, Refusal>> = {
  [K.AwaitExpression]: R.Await,
  [K.YieldExpression]: R.Generator,
  [K.Decorator]: R.Decorator,
  [K.ModuleDeclaration]: R.Namespace,
  [K.ImportEqualsDeclaration]: R.ImportEquals,
  [K.WithStatement]: R.With,
  [K.DebuggerStatement]: R.Debugger,
  [K.MetaProperty]: R.MetaProperty,
  [K.VoidExpression]: R.Void,
  [K.ClassStaticBlockDeclaration]: R.StaticBlock,
  [K.AnyKeyword]: R.Any,
  [K.BigIntLiteral]: R.BigInt,
  [K.BigIntKeyword]: R.BigInt,
  [K.SymbolKeyword]: R.Symbol,
};

/** Global names the device does not have. */
const forbiddenNames: Record<string, Refusal> = {
  eval: R.Eval,
  Function: R.FunctionConstructor,
  arguments: R.Arguments,
  require: R.Require,
  globalThis: R.GlobalThis,
  Symbol: R.SymbolName,
  Proxy: R.Proxy,
  Reflect: R.Reflect,
  Promise: R.Promise,
  process: R.Process,
};

export interface SubsetResult {
  diags: Diag[];
  /** The nodes refused. */
  refused: Set<ts.Node>;
}

/** Reports every construct outside the subset; the emitter adds the refusals that need its knowledge. */
export function checkSubset(source: ts.SourceFile, checker: ts.TypeChecker): SubsetResult {
  const diags: Diag[] = [];
  const refusedNodes = new Set<ts.Node>();
  const report = <A extends string[]>(node: ts.Node, r: Refusal<A>, ...args: A) => {
    diags.push(refusal(node, r, ...args));
    refusedNodes.add(node);
  };

  const visit = (node: ts.Node): void => {
    const r = refused[node.kind];
    if (r && !(node.kind === K.AnyKeyword && (isMixinRestAny(node) || isMixinCtorAny(node)))) report(node, r);
    const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
    if (mods?.some((m) => m.kind === K.DeclareKeyword)) {
      report(node, R.Declare);
      return;
    }
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && !node.name)
      if (mods?.some((m) => m.kind === K.DefaultKeyword)) report(node, R.AnonymousDefault);
    // a namespace is refused as a whole
    if (ts.isModuleDeclaration(node)) return;
    switch (node.kind) {
      case K.ExportAssignment:
        if ((node as ts.ExportAssignment).isExportEquals) report(node, R.ExportEquals);
        break;
      case K.ForInStatement:
        if (!isDictionary(checker.getTypeAtLocation((node as ts.ForInStatement).expression))) report(node, R.ForIn);
        break;
      case K.VariableDeclarationList:
        if (!(node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) report(node, R.Var);
        break;
      case K.FunctionDeclaration:
      case K.FunctionExpression:
      case K.ArrowFunction:
      case K.MethodDeclaration: {
        const f = node as ts.FunctionLikeDeclaration;
        if (f.modifiers?.some((m) => m.kind === K.AsyncKeyword)) report(f, R.AsyncFunction);
        if (f.asteriskToken) report(f, R.Generator);
        if (node.kind === K.FunctionDeclaration && !f.body) report(f, R.Overload);
        break;
      }
      case K.ThisKeyword:
        if (!insideClass(node)) report(node, R.ThisOutsideClass);
        else if (inStaticMember(node)) report(node, R.ThisInStatic);
        break;
      case K.Identifier: {
        const id = node as ts.Identifier;
        const r = Object.prototype.hasOwnProperty.call(forbiddenNames, id.text) ? forbiddenNames[id.text] : undefined;
        if (r && isValueReference(id) && isGlobal(id, checker)) report(id, r);
        else if (isMixinValue(id, checker)) report(id, R.MixinValue);
        break;
      }
      case K.ClassExpression: {
        const c = node as ts.ClassExpression;
        const fn = ts.findAncestor(c.parent, ts.isFunctionDeclaration);
        if (fn && mixinClass(fn) === c) {
          const use = usesBaseParameter(fn, c, checker);
          if (use) report(use, R.MixinBaseUse);
          const rest = restParameter(c);
          const other = rest && otherRestUse(rest, checker);
          if (other) {
            report(other, R.MixinCtorArgs);
            // super(...args) is not reported again
            const silenceSpread = (n: ts.Node): void => {
              if (ts.isSpreadElement(n) && isSuperSpread(n.expression)) refusedNodes.add(n);
              ts.forEachChild(n, silenceSpread);
            };
            silenceSpread(rest.parent);
          }
        } else if (isLocalClass(c)) {
          const use = enclosingValueUse(c, checker);
          if (use) report(use, R.LocalClassCapture, use.text);
          const statics = c.members.filter((m) => ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static);
          for (const m of statics) report(m, R.LocalClassStatic);
          // the class is not compiled: its uses are not reported again
          if (use || statics.length) refusedNodes.add(c).add(c.parent);
        } else if (!isTopLevelConst(c)) report(node, R.ClassExpression);
        break;
      }
      case K.ClassDeclaration: {
        const c = node as ts.ClassDeclaration;
        if (!c.name) report(c, R.ClassName);
        else if (c.parent.kind !== K.SourceFile) report(c.name, R.NestedClass);
        break;
      }
      case K.Parameter: {
        const p = node as ts.ParameterDeclaration;
        if (ts.isIdentifier(p.name) && p.name.text === "this") report(p, R.ThisParameter);
        break;
      }
      case K.BinaryExpression: {
        const b = node as ts.BinaryExpression;
        const key = b.operatorToken.kind === K.EqualsToken ? nonIndexKey(b.left, checker) : undefined;
        if (key !== undefined) report(b.left, R.ArrayNonIndex, key);
        if (b.operatorToken.kind === K.InKeyword && ts.isPrivateIdentifier(b.left)) report(b.left, R.PrivateName);
        if (b.operatorToken.kind === K.InstanceOfKeyword && localClassOf(b.right, checker))
          report(b.right, R.LocalClassInstanceOf);
        if (b.operatorToken.kind === K.InKeyword && !isObjectLike(checker.getTypeAtLocation(b.right)))
          report(b.operatorToken, R.In);
        break;
      }
      case K.NewExpression: {
        const n = node as ts.NewExpression;
        if (ts.isIdentifier(n.expression) && ["Object", "String", "Number", "Boolean"].includes(n.expression.text))
          report(n, R.New, n.expression.text);
        break;
      }
      case K.CallExpression: {
        const call = node as ts.CallExpression;
        nodeHabits(call, checker, report);
        if (appliedMixin(call, checker)) {
          const site = isApplicationSite(call, checker);
          const arg = call.arguments.length === 1 && isStaticClassArgument(call.arguments[0], checker);
          if (!site) report(call, R.MixinSite);
          else if (!arg) report(call.arguments[0] ?? call, R.MixinArgument);
          // what the refused application names is not reported again
          if (!site || !arg) for (const n of [call, call.expression, ...call.arguments]) refusedNodes.add(n);
        }
        break;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { diags, refused: refusedNodes };
}

/**
 * True when a refusal the emitter would make at `node` only repeats one of the subset check's: the
 * node itself, `new X()` or `X()` of a refused X, or a use of something whose declaration was
 * refused (a namespace, an overload, a `declare`, a class expression, `Symbol(...)`), directly or
 * as the receiver of a member.
 */
export function followsRefusal(node: ts.Node, refused: Set<ts.Node>, checker: ts.TypeChecker): boolean {
  if (refused.has(node)) return true;
  if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && refused.has(node.expression)) return true;
  const subject =
    ts.isPropertyAccessExpression(node.parent) && node.parent.name === node
      ? node.parent.expression
      : ts.isNewExpression(node) || ts.isCallExpression(node)
        ? node.expression
        : node;
  if (!ts.isIdentifier(subject)) return false;
  const decl = checker.getSymbolAtLocation(subject)?.valueDeclaration;
  if (!decl) return false;
  if (refused.has(decl)) return true;
  const init = ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
  return (
    !!init &&
    (refused.has(init) || ((ts.isCallExpression(init) || ts.isNewExpression(init)) && refused.has(init.expression)))
  );
}

/** Node's way of calling the device API, where the device API differs: listen(port, host). */
function nodeHabits(
  call: ts.CallExpression,
  checker: ts.TypeChecker,
  report: (node: ts.Node, r: Refusal<[string]>, a: string) => void,
): void {
  const callee = call.expression;
  if (isObjectFreeze(callee) && call.arguments.length > 0 && !isFreshLiteral(call.arguments[0])) {
    report(call.arguments[0], R.FreezeExisting, "");
    return;
  }
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "listen") return;
  if (!isDeviceSymbol(checker.getSymbolAtLocation(callee))) return;
  const [port, host] = call.arguments;
  if (!host || !(checker.getTypeAtLocation(host).flags & ts.TypeFlags.StringLike)) return;
  const text = (e: ts.Expression, fallback: string) =>
    ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) ? e.text : fallback;
  report(host, R.ListenHostPort, `${text(host, "host")}:${text(port, "port")}`);
}

function isObjectFreeze(e: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(e) &&
    ts.isIdentifier(e.expression) &&
    e.expression.text === "Object" &&
    e.name.text === "freeze"
  );
}

/** An object or array literal: frozen where it is made, nothing else refers to it. */
function isFreshLiteral(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e);
}

/** `const Name = class { ... };` at the top level: compiled as a class declaration. */
export function isTopLevelConst(c: ts.ClassExpression): boolean {
  const d = c.parent;
  return ts.isVariableDeclaration(d) && d.initializer === c && isTopLevelConstDecl(d);
}

/** `this` of a class, or of an object literal's method, accessor or function-valued property. */
function insideClass(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isClassLike(p) || isObjectMethod(p)) return true;
    if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p)) return false;
  }
  return false;
}

/** `this` in a static method, accessor or field initialiser: the class itself, which is no value here. */
function inStaticMember(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isMethodDeclaration(p) || ts.isAccessor(p) || ts.isPropertyDeclaration(p))
      return ts.isClassLike(p.parent) && !!(ts.getCombinedModifierFlags(p) & ts.ModifierFlags.Static);
    if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isConstructorDeclaration(p)) return false;
  }
  return false;
}

/** A function whose `this` is the object it is called on: `{ m() {...} }`, `{ get x() {...} }`,
 *  `{ m: function () {...} }`. */
export function isObjectMethod(n: ts.Node): boolean {
  if (ts.isMethodDeclaration(n) || ts.isAccessor(n)) return ts.isObjectLiteralExpression(n.parent);
  return ts.isFunctionExpression(n) && ts.isPropertyAssignment(n.parent) && n.parent.initializer === n;
}

/** The key of `a[-1]` or `a[1.5]` on an array: a constant that is no index, where node would add a property. */
function nonIndexKey(target: ts.Expression, checker: ts.TypeChecker): string | undefined {
  if (!ts.isElementAccessExpression(target)) return undefined;
  const t = checker.getTypeAtLocation(target.expression);
  if (!checker.isArrayType(t) && !checker.isTupleType(t)) return undefined;
  const k = checker.getTypeAtLocation(target.argumentExpression);
  if (!k.isNumberLiteral()) return undefined;
  return Number.isInteger(k.value) && k.value >= 0 && k.value < 2 ** 32 - 1 ? undefined : String(k.value);
}

/** A mixin function named other than as the callee of an application (or in a type). */
function isMixinValue(id: ts.Identifier, checker: ts.TypeChecker): boolean {
  const p = id.parent;
  if (ts.isCallExpression(p) && p.expression === id) return false;
  if (ts.isFunctionDeclaration(p) || ts.isTypeQueryNode(p) || ts.isExportSpecifier(p) || ts.isImportSpecifier(p))
    return false;
  if (!isValueReference(id)) return false;
  const decl = valueDeclaration(id, checker);
  return !!decl && !!mixinClass(decl);
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

function isDictionary(t: ts.Type): boolean {
  return t.getStringIndexType() !== undefined || (t.flags & ts.TypeFlags.Object) !== 0;
}

/** Objects, `object` (what `typeof x === "object"` narrows unknown to), and intersections of them. */
function isObjectLike(t: ts.Type): boolean {
  if (t.isUnion()) return t.types.every(isObjectLike);
  if (t.isIntersection()) return t.types.some(isObjectLike);
  return (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive)) !== 0;
}
