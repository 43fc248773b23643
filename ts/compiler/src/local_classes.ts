/**
 * Class expressions inside functions that use nothing of the function: `const Entry = class { ... }`
 * as a local const, and `new (class { ... })(...)`. Such a class is the same on every run of the
 * function but for its identity, so it is compiled once, as a top-level class is; what would tell
 * the runs' classes apart (`instanceof` against it, static members, the class as a value) is
 * refused. The subset check and the emitter share these definitions.
 */
import ts from "typescript";

/** A class expression inside a function held by a local const, or made and instantiated at once. */
export function isLocalClass(c: ts.ClassExpression): boolean {
  if (!ts.findAncestor(c.parent, isFunctionBoundary)) return false;
  return isLocalConstClass(c) || isInstantiatedClass(c);
}

/** `const Name = class { ... }` inside a function. */
export function isLocalConstClass(c: ts.ClassExpression): boolean {
  const d = c.parent;
  return (
    ts.isVariableDeclaration(d) &&
    d.initializer === c &&
    ts.isIdentifier(d.name) &&
    !!(d.parent.flags & ts.NodeFlags.Const) &&
    !!ts.findAncestor(d, isFunctionBoundary)
  );
}

/** `new (class { ... })(...)`. */
export function isInstantiatedClass(c: ts.ClassExpression): boolean {
  const p = c.parent;
  return ts.isParenthesizedExpression(p) && ts.isNewExpression(p.parent) && p.parent.expression === p;
}

function isFunctionBoundary(n: ts.Node): boolean {
  return ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n);
}

/** The first name in a local class that refers to a value of a function around it (a parameter, a local). */
export function enclosingValueUse(c: ts.ClassExpression, checker: ts.TypeChecker): ts.Identifier | undefined {
  // the outermost function around the class: a name declared anywhere in it lives in some run of it
  let outer: ts.Node | undefined;
  for (let p: ts.Node | undefined = c.parent; p; p = p.parent) if (isFunctionBoundary(p)) outer = p;
  let found: ts.Identifier | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && !ts.isTypeNode(n.parent) && !isMemberName(n)) {
      const d = checker.getSymbolAtLocation(n)?.valueDeclaration;
      // declared inside the function around the class, and not inside the class itself
      if (d && outer && d !== outer && isInside(d, outer) && !isInside(d, c)) found = n;
    }
    ts.forEachChild(n, visit);
  };
  for (const m of c.members) visit(m);
  const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (ext) visit(ext);
  return found;
}

function isMemberName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === id) ||
    ((ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertyAssignment(p) ||
      ts.isAccessor(p) ||
      ts.isParameter(p)) &&
      p.name === id)
  );
}

function isInside(n: ts.Node, outer: ts.Node): boolean {
  return n.pos >= outer.pos && n.end <= outer.end && n.getSourceFile() === outer.getSourceFile();
}

/** The local class a name or an expression refers to, through a local const. */
export function localClassOf(e: ts.Expression, checker: ts.TypeChecker): ts.ClassExpression | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isClassExpression(e)) return isLocalClass(e) ? e : undefined;
  if (!ts.isIdentifier(e)) return undefined;
  const d = checker.getSymbolAtLocation(e)?.valueDeclaration;
  const init = d && ts.isVariableDeclaration(d) ? d.initializer : undefined;
  return init && ts.isClassExpression(init) && isLocalConstClass(init) ? init : undefined;
}
