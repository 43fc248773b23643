import ts from "typescript";

/**
 * Integer counters: `let` variables of type number that start at an integer
 * literal, or at another counter plus or minus an int32 literal (`let j =
 * i + 1`), and change only by `++`, `--`, `+= 1`, `-= 1` or `= k` with an
 * integer literal k. Such a variable holds an integer, and one step moves it
 * by one, so it could only lose exactness as a double after 2^53 steps (weeks
 * of a tight loop on a fast host, years on a device). The emitter keeps these
 * counters as int64_t, which holds the same values, and reads them as doubles
 * where a number is wanted.
 *
 * A counter that a closure captures lives in a box and stays a double.
 */
export function integerCounters(source: ts.SourceFile, checker: ts.TypeChecker): Set<ts.Symbol> {
  const candidates = new Set<ts.Symbol>();
  /** Counters that start at another one: each holds an integer only while that one does. */
  const startsAt = new Map<ts.Symbol, ts.Symbol>();
  const spoiled = new Set<ts.Symbol>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && isLet(n) && n.initializer) {
      const sym = checker.getSymbolAtLocation(n.name);
      const from = counterOffset(n.initializer);
      const fromSym = from && checker.getSymbolAtLocation(from);
      if (sym && isSmallInt(n.initializer)) candidates.add(sym);
      else if (sym && fromSym) {
        candidates.add(sym);
        startsAt.set(sym, fromSym);
      }
    } else if (ts.isIdentifier(n) && !isDeclarationName(n) && !isCounterStep(n)) {
      const sym = checker.getSymbolAtLocation(n);
      if (sym && isWritten(n)) spoiled.add(sym);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  for (const s of spoiled) candidates.delete(s);
  for (let changed = true; changed;) {
    changed = false;
    for (const [sym, from] of startsAt)
      if (candidates.has(sym) && !candidates.has(from)) {
        candidates.delete(sym);
        changed = true;
      }
  }
  return candidates;
}

/** The variable of `i`, `i + 1` or `i - 1` (any int32 literal): where a counter may start. */
function counterOffset(e: ts.Expression): ts.Identifier | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return e;
  const K = ts.SyntaxKind;
  if (!ts.isBinaryExpression(e) || (e.operatorToken.kind !== K.PlusToken && e.operatorToken.kind !== K.MinusToken))
    return undefined;
  let left = e.left;
  while (ts.isParenthesizedExpression(left)) left = left.expression;
  return ts.isIdentifier(left) && isSmallInt(e.right) ? left : undefined;
}

function isLet(d: ts.VariableDeclaration): boolean {
  const list = d.parent;
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Let) !== 0;
}

/** An integer literal within int32, as written: 0, 17, -3 (not -0). */
function isSmallInt(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  let neg = false;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
    neg = true;
    e = e.operand;
  }
  if (!ts.isNumericLiteral(e)) return false;
  const v = Number(e.text);
  return Number.isInteger(v) && v <= 2147483647 && !(neg && v === 0);
}

function isOne(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isNumericLiteral(e) && Number(e.text) === 1;
}

/** The name a declaration introduces (not a reference): a variable, parameter, binding or function. */
export function isDeclarationName(n: ts.Identifier): boolean {
  const p = n.parent;
  return (
    (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p)) &&
    p.name === n
  );
}

/** n with the parentheses around it. */
export function outer(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return n;
}

/** The destructuring pattern a reference is part of, climbed to its top (the reference when in none). */
export function patternRoot(n: ts.Identifier): ts.Node {
  let e: ts.Node = outer(n);
  while (
    ts.isArrayLiteralExpression(e.parent) ||
    ts.isShorthandPropertyAssignment(e.parent) ||
    ts.isPropertyAssignment(e.parent) ||
    ts.isObjectLiteralExpression(e.parent) ||
    ts.isSpreadElement(e.parent)
  )
    e = e.parent;
  return e;
}

/** `i++`, `--i`, `i += 2`, `i = 0`: a step that keeps an integer an integer. */
function isCounterStep(n: ts.Identifier): boolean {
  const e = outer(n);
  const p = e.parent;
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p))
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  if (ts.isBinaryExpression(p) && p.left === e) {
    const op = p.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.EqualsToken) return isSmallInt(p.right);
    return (op === K.PlusEqualsToken || op === K.MinusEqualsToken) && isOne(p.right);
  }
  return false;
}

/** Any other write: an assignment, a destructuring target, a for-in/of variable. */
function isWritten(n: ts.Identifier): boolean {
  const e = patternRoot(n);
  const p = e.parent;
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p))
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  if (ts.isBinaryExpression(p) && p.left === e)
    return (
      p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    );
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === e) return true;
  return false;
}
