import ts from "typescript";

/**
 * Object and array literals that never exist as objects. A local `const p = { a: i, b: [x, y] }` whose
 * every use reads a property (`p.a`, `p.b[1]`, `p.b.length`) is emitted as one C local per property,
 * in the literal's order: nothing is allocated, counted or freed, and a read is a local's. A nested
 * literal is taken apart the same way while its uses only read its parts; one that is used as a whole
 * (`f(p.b)`) is an ordinary value held by its local.
 *
 * Any other use of the variable keeps the whole literal an object: passing it on, a write to a
 * property, a method call (`p.f()` binds `this`), `p?.a`, a key the literal does not have, a use from
 * another function. The variable is never written, so a read sees the value the literal gave.
 */
export interface Aggregate {
  literal: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression;
  /** Each property's (or element's, "0", "1", ...) part, in the literal's order. */
  parts: Map<string, Part>;
}
/** A property held as a value: `read` when some use reads it (else its local is only evaluated). */
export interface Leaf {
  value: ts.Expression;
  read: boolean;
}
export type Part = Aggregate | Leaf;

export const isAggregate = (p: Part): p is Aggregate => "parts" in p;

export function scalarLiterals(source: ts.SourceFile, checker: ts.TypeChecker): Map<ts.Symbol, Aggregate> {
  const found = new Map<ts.Symbol, { root: Aggregate; container: ts.Node }>();
  const visitDecls = (n: ts.Node): void => {
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      ts.isVariableStatement(n.parent.parent) &&
      !n.parent.parent.modifiers?.length
    ) {
      const root = aggregateOf(n.initializer);
      const sym = checker.getSymbolAtLocation(n.name);
      if (root && sym) found.set(sym, { root, container: containerOf(n) });
    }
    ts.forEachChild(n, visitDecls);
  };
  visitDecls(source);
  if (!found.size) return new Map();

  const refused = new Set<ts.Symbol>();
  /** Nested literals used as a whole: they stay values. */
  const whole = new Set<Aggregate>();
  const visitUses = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const shorthand = ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n;
      const sym = shorthand ? checker.getShorthandAssignmentValueSymbol(n.parent) : checker.getSymbolAtLocation(n);
      const f = sym && found.get(sym);
      if (f && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n)) {
        if (shorthand || containerOf(n) !== f.container || !use(n, f.root, whole)) refused.add(sym!);
      }
    }
    ts.forEachChild(n, visitUses);
  };
  visitUses(source);

  const out = new Map<ts.Symbol, Aggregate>();
  for (const [sym, f] of found) if (!refused.has(sym)) out.set(sym, settle(f.root, whole));
  return out;
}

/** The aggregate of a plain literal: keys that are names or strings, values that are no functions. */
function aggregateOf(e: ts.Expression): Aggregate | undefined {
  const parts = new Map<string, Part>();
  if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      let key: string | undefined;
      let value: ts.Expression;
      if (ts.isPropertyAssignment(p)) {
        key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
        value = p.initializer;
      } else if (ts.isShorthandPropertyAssignment(p) && !p.objectAssignmentInitializer) {
        key = p.name.text;
        value = p.name;
      } else return undefined; // spread, method, accessor
      if (key === undefined || key === "__proto__" || parts.has(key) || isFunction(value)) return undefined;
      parts.set(key, aggregateOf(value) ?? { value, read: false });
    }
    return { literal: e, parts };
  }
  if (ts.isArrayLiteralExpression(e)) {
    for (const [i, el] of e.elements.entries()) {
      if (ts.isSpreadElement(el) || ts.isOmittedExpression(el) || isFunction(el)) return undefined;
      parts.set(String(i), aggregateOf(el) ?? { value: el, read: false });
    }
    return { literal: e, parts };
  }
  return undefined;
}

function isFunction(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isFunctionExpression(e) || ts.isArrowFunction(e) || ts.isClassExpression(e);
}

/** The key of `x.k`, `x["k"]` or `x[2]` on its object x, undefined for any other access. */
export function accessKey(n: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(n) && !n.questionDotToken) return n.name.text;
  if (!ts.isElementAccessExpression(n) || n.questionDotToken) return undefined;
  const a = n.argumentExpression;
  if (ts.isStringLiteral(a)) return a.text;
  if (ts.isNumericLiteral(a) && Number.isInteger(Number(a.text))) return String(Number(a.text));
  return undefined;
}

/**
 * Checks one use of the variable `id`: a chain of accesses that ends on a property it reads, on an
 * array's `.length`, or on a nested literal used as a whole (which then stays a value). Marks the
 * properties read.
 */
function use(id: ts.Identifier, root: Aggregate, whole: Set<Aggregate>): boolean {
  let node: ts.Expression = id;
  let cur: Aggregate = root;
  for (;;) {
    const access = node.parent;
    const key = access && (access as ts.PropertyAccessExpression).expression === node ? accessKey(access) : undefined;
    if (key === "length" && ts.isArrayLiteralExpression(cur.literal)) return isRead(access as ts.Expression);
    const part = key === undefined ? undefined : cur.parts.get(key);
    if (!part) {
      // the variable itself, or a key its literal lacks: the literal is an object
      if (cur === root) return false;
      // a nested literal passed on or used by a method (`p.list.sort()`): a value
      whole.add(cur);
      return isRead(node);
    }
    node = access as ts.Expression;
    if (!isAggregate(part)) {
      part.read = true;
      return isRead(node);
    }
    cur = part;
  }
}

/** A read that neither writes the place, deletes it nor calls it as a method. */
function isRead(n: ts.Expression): boolean {
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n)
    return !(
      p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    );
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p))
    return p.operator !== ts.SyntaxKind.PlusPlusToken && p.operator !== ts.SyntaxKind.MinusMinusToken;
  if (ts.isCallExpression(p) || ts.isNewExpression(p)) return p.expression !== n;
  if (ts.isTaggedTemplateExpression(p)) return p.tag !== n;
  if (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) return isRead(p);
  if (ts.isDeleteExpression(p)) return false;
  if (ts.isArrayLiteralExpression(p) || ts.isObjectLiteralElementLike(p) || ts.isSpreadElement(p))
    return !isDestructuringTarget(p);
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return false;
  return true;
}

/** Inside `[a, b] = ...` or `({ a } = ...)`: a place written, not a value read. */
function isDestructuringTarget(n: ts.Node): boolean {
  while (
    ts.isArrayLiteralExpression(n) ||
    ts.isObjectLiteralExpression(n) ||
    ts.isObjectLiteralElementLike(n) ||
    ts.isSpreadElement(n)
  )
    n = n.parent;
  return (
    (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) ||
    ts.isForOfStatement(n) ||
    ts.isForInStatement(n)
  );
}

/** The aggregate with the nested literals used as a whole turned into values. */
function settle(a: Aggregate, whole: Set<Aggregate>): Aggregate {
  for (const [k, p] of a.parts)
    if (isAggregate(p)) a.parts.set(k, whole.has(p) ? { value: p.literal, read: true } : settle(p, whole));
  return a;
}

/** The function (or file) whose code a node runs in. */
function containerOf(n: ts.Node): ts.Node {
  let c = n.parent;
  while (
    !ts.isFunctionLike(c) &&
    !ts.isSourceFile(c) &&
    !ts.isClassStaticBlockDeclaration(c) &&
    !ts.isPropertyDeclaration(c)
  )
    c = c.parent;
  return c;
}
