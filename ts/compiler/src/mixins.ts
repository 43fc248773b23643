/**
 * Mixins, the TypeScript handbook's pattern, recognised on the checked AST:
 *
 *     function Timestamped<T extends Ctor>(Base: T) { return class extends Base { ... }; }
 *     const TimestampedUser = Timestamped(User);          // an application
 *     class Admin extends Timestamped(User) { ... }        // another one
 *
 * Each application is compiled as a class of its own, made when the compiler sees it: the class
 * expression's members over the class the application names (emit/module.ts). The subset check
 * and the emitter share these definitions, so what one accepts the other compiles.
 */
import ts from "typescript";

/**
 * The class expression a mixin function returns: a top-level function declaration with one
 * parameter whose body is `return class extends <that parameter> { ... };`.
 */
export function mixinClass(f: ts.Node): ts.ClassExpression | undefined {
  if (!ts.isFunctionDeclaration(f) || !f.body || !ts.isSourceFile(f.parent) || f.parameters.length !== 1) return;
  const [s] = f.body.statements;
  if (f.body.statements.length !== 1 || !ts.isReturnStatement(s) || !s.expression) return;
  let e = s.expression;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isClassExpression(e)) return;
  const base = e.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const p = f.parameters[0];
  return base && ts.isIdentifier(base) && ts.isIdentifier(p.name) && base.text === p.name.text ? e : undefined;
}

/** The mixin function a call applies, when its callee names one. */
export function appliedMixin(call: ts.Node, checker: ts.TypeChecker): ts.FunctionDeclaration | undefined {
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const decl = valueDeclaration(call.expression, checker);
  return decl && mixinClass(decl) ? (decl as ts.FunctionDeclaration) : undefined;
}

/**
 * Where an application may stand: the value of a top-level const, the class a top-level class
 * extends (a declaration, or a top-level const's class expression), or the argument of another
 * application that may.
 */
export function isApplicationSite(call: ts.CallExpression, checker: ts.TypeChecker): boolean {
  const p = call.parent;
  if (ts.isVariableDeclaration(p)) return p.initializer === call && isTopLevelConstDecl(p);
  if (ts.isExpressionWithTypeArguments(p) && ts.isHeritageClause(p.parent)) {
    const cls = p.parent.parent;
    if (ts.isClassDeclaration(cls)) return ts.isSourceFile(cls.parent);
    return ts.isClassExpression(cls) && ts.isVariableDeclaration(cls.parent) && isTopLevelConstDecl(cls.parent);
  }
  return (
    ts.isCallExpression(p) && p.arguments[0] === call && !!appliedMixin(p, checker) && isApplicationSite(p, checker)
  );
}

/** The classes an application may take: a class declared at the top level, a top-level const's class, or an application. */
export function isStaticClassArgument(e: ts.Expression, checker: ts.TypeChecker): boolean {
  if (ts.isCallExpression(e)) return !!appliedMixin(e, checker);
  if (!ts.isIdentifier(e)) return false;
  const decl = valueDeclaration(e, checker);
  if (!decl) return false;
  if (ts.isClassDeclaration(decl)) return ts.isSourceFile(decl.parent);
  if (!ts.isVariableDeclaration(decl) || !isTopLevelConstDecl(decl) || !decl.initializer) return false;
  return ts.isClassExpression(decl.initializer) || !!appliedMixin(decl.initializer, checker);
}

/** `const Name = ...` at the top level of a file. */
export function isTopLevelConstDecl(d: ts.VariableDeclaration): boolean {
  return (
    ts.isIdentifier(d.name) &&
    !!(d.parent.flags & ts.NodeFlags.Const) &&
    ts.isVariableStatement(d.parent.parent) &&
    ts.isSourceFile(d.parent.parent.parent)
  );
}

/** `new (...args: any[]) => T`: the constructor type a mixin's parameter needs; `any` is allowed there only. */
export function isMixinRestAny(node: ts.Node): boolean {
  const arr = node.parent;
  const param = arr?.parent;
  return (
    !!param &&
    ts.isArrayTypeNode(arr) &&
    ts.isParameter(param) &&
    !!param.dotDotDotToken &&
    param.type === arr &&
    ts.isConstructorTypeNode(param.parent) &&
    param.parent.parameters.length === 1
  );
}

/** True when a class expression names its mixin function's parameter anywhere but its `extends` clause. */
export function usesBaseParameter(
  f: ts.FunctionDeclaration,
  c: ts.ClassExpression,
  checker: ts.TypeChecker,
): ts.Node | undefined {
  const param = checker.getSymbolAtLocation(f.parameters[0].name);
  const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n !== ext && ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === param) found = n;
    else ts.forEachChild(n, visit);
  };
  for (const m of c.members) visit(m);
  return found;
}

/** What a name declares, through an import's alias. */
export function valueDeclaration(id: ts.Identifier, checker: ts.TypeChecker): ts.Declaration | undefined {
  let sym = checker.getSymbolAtLocation(id);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return sym?.valueDeclaration;
}

/**
 * A mixin's constructor that takes whatever its base takes, `constructor(...args: any[]) { super(...args); ... }`:
 * the rest parameter, when `args` appears only in that call. It is compiled with the base constructor's parameters.
 */
export function passThroughRest(
  c: ts.ClassLikeDeclaration,
  checker: ts.TypeChecker,
): ts.ParameterDeclaration | undefined {
  const p = restParameter(c);
  return p && !otherRestUse(p, checker) ? p : undefined;
}

/** A constructor's one parameter when it is a rest parameter: `constructor(...args: any[])`. */
export function restParameter(c: ts.ClassLikeDeclaration): ts.ParameterDeclaration | undefined {
  const ctor = c.members.find(ts.isConstructorDeclaration);
  const p = ctor?.parameters[0];
  if (!ctor?.body || ctor.parameters.length !== 1 || !p!.dotDotDotToken || !ts.isIdentifier(p!.name)) return undefined;
  return p;
}

/** A use of a constructor's rest parameter other than `super(...args)`. */
export function otherRestUse(p: ts.ParameterDeclaration, checker: ts.TypeChecker): ts.Node | undefined {
  const sym = checker.getSymbolAtLocation(p.name);
  let other: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (other) return;
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === sym && !isSuperSpread(n)) other = n;
    else ts.forEachChild(n, visit);
  };
  visit((p.parent as ts.ConstructorDeclaration).body!);
  return other;
}

/** `args` in `super(...args)`, its one argument. */
export function isSuperSpread(id: ts.Node): boolean {
  const spread = id.parent;
  const call = spread?.parent;
  return (
    !!call &&
    ts.isSpreadElement(spread) &&
    ts.isCallExpression(call) &&
    call.expression.kind === ts.SyntaxKind.SuperKeyword &&
    call.arguments.length === 1
  );
}

/** True when `node` is the `any` of a mixin class's constructor: `constructor(...args: any[])` (its uses are checked apart). */
export function isMixinCtorAny(node: ts.Node): boolean {
  const param = node.parent?.parent;
  if (!param || !ts.isArrayTypeNode(node.parent) || !ts.isParameter(param) || param.type !== node.parent) return false;
  const ctor = param.parent;
  if (!ts.isConstructorDeclaration(ctor) || !ts.isClassExpression(ctor.parent)) return false;
  const fn = ts.findAncestor(ctor.parent.parent, ts.isFunctionDeclaration);
  return !!fn && mixinClass(fn) === ctor.parent && restParameter(ctor.parent) === param;
}
