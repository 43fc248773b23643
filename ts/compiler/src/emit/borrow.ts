/**
 * Borrowed locals: a `const` bound to an element of an array held in a variable (`const b =
 * bodies[i]`, or `for (const b of bodies)`), typed as a class with a fixed layout, and used only as
 * the receiver of its number, boolean and string fields, takes no reference when nothing in its
 * scope can make the array let go of the element. That holds when the scope runs no code of the app
 * and stores no object: no calls but Math's, no object values stored anywhere, no stores to
 * elements but of number and boolean arrays, no conversion of an object to a primitive, no
 * closures, no throw or try, and every property read or written is a field of a borrowed local, an
 * array's or a string's length or a member of Math. Such a scope cannot reassign the array's
 * variable either, and the cycle collector frees only what no live variable reaches.
 *
 * The one way the app's code can still run is a borrowed value that is not an instance of its class
 * (an object literal typed as the class, with a getter or a setter): the emitter then takes
 * references to it and to every borrowed value around it before any field is read (FunctionEmitter).
 *
 * A `for...of` over an array held in a variable borrows the array too when its body is safe in the
 * same sense.
 */
import ts from "typescript";
import { ModuleContext } from "./context";
import { ctypeOf } from "./ctypes";
import { receiverKind } from "./builtins";
import { fieldOf, instanceClass } from "./layout";
import { isLibSymbol } from "../lib/symbols";
import { isFunctionLike } from "../analyze/captures";

const K = ts.SyntaxKind;

/** Math's functions: they run no code of the app on numbers. */
// prettier-ignore
export const pureMath = new Set([
  "abs", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "cos", "cosh", "exp", "expm1",
  "floor", "fround", "hypot", "log", "log10", "log1p", "log2", "max", "min", "pow", "round", "sign", "sin", "sinh",
  "sqrt", "tan", "tanh", "trunc",
]);

export interface Borrows {
  /** Borrowed locals, and whether another borrowed value (a local or a loop's array) is inside their scope. */
  locals: Map<ts.Symbol, { inner: boolean }>;
  /** for...of statements whose array is borrowed, and whether a borrowed local is inside their body. */
  iters: Map<ts.ForOfStatement, { inner: boolean }>;
}

interface Candidate {
  sym: ts.Symbol;
  /** Where it can be used: the rest of its block, or the loop's body. */
  scope: readonly ts.Node[];
}

/** The borrowed locals and arrays of one function's body (not of the functions nested in it). */
export function findBorrows(m: ModuleContext, fn: ts.Node): Borrows {
  const none: Borrows = { locals: new Map(), iters: new Map() };
  if (!isFunctionLike(fn) || !fn.body || (fn as ts.FunctionLikeDeclaration).asteriskToken) return none;
  if (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) return none;
  const checker = m.checker;
  const symOf = (n: ts.Node) => checker.getSymbolAtLocation(n);
  const typeOf = (n: ts.Node) => checker.getTypeAtLocation(n);
  const isPrimitive = (n: ts.Node) => {
    const t = typeOf(n);
    return !(t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) && ctypeOf(t) !== "val";
  };
  const isArrayVar = (n: ts.Expression): n is ts.Identifier =>
    ts.isIdentifier(n) && receiverKind(checker, checker.getNonNullableType(typeOf(n))) === "array";
  const layoutClass = (n: ts.Node) => instanceClass(m, typeOf(n))?.layout !== undefined;

  const candidates: Candidate[] = [];
  const forOfs: ts.ForOfStatement[] = [];
  const find = (n: ts.Node): void => {
    if (isFunctionLike(n)) return;
    if (ts.isVariableStatement(n) && ts.isBlock(n.parent)) {
      const list = n.declarationList;
      const d = list.declarations[0];
      let init = d?.initializer;
      while (init && ts.isParenthesizedExpression(init)) init = init.expression;
      if (
        list.flags & ts.NodeFlags.Const &&
        list.declarations.length === 1 &&
        ts.isIdentifier(d.name) &&
        init &&
        ts.isElementAccessExpression(init) &&
        !init.questionDotToken &&
        isArrayVar(init.expression) &&
        layoutClass(d.name)
      ) {
        const rest = n.parent.statements.slice(n.parent.statements.indexOf(n) + 1);
        candidates.push({ sym: symOf(d.name)!, scope: rest });
      }
    }
    if (ts.isForOfStatement(n) && !n.awaitModifier && ts.isVariableDeclarationList(n.initializer)) {
      const d = n.initializer.declarations[0];
      if (receiverKind(checker, checker.getNonNullableType(typeOf(n.expression))) === "array") {
        forOfs.push(n);
        if (n.initializer.flags & ts.NodeFlags.Const && ts.isIdentifier(d.name) && layoutClass(d.name))
          candidates.push({ sym: symOf(d.name)!, scope: [n.statement] });
      }
    }
    ts.forEachChild(n, find);
  };
  find(fn.body);
  if (!candidates.length && !forOfs.length) return none;

  // a candidate named anywhere outside its scope (a function declared before it) is not borrowed
  const outside = new Set<ts.Symbol>();
  const inScope = new Map(candidates.map((c) => [c.sym, c.scope]));
  const refs = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && !ts.isVariableDeclaration(n.parent)) {
      const s = symOf(n);
      const scope = s && inScope.get(s);
      if (scope && !scope.some((r) => r.pos <= n.pos && n.end <= r.end)) outside.add(s);
    }
    ts.forEachChild(n, refs);
  };
  refs(fn);

  const borrowed = new Set(
    candidates.filter((c) => !outside.has(c.sym) && !m.captures.boxed.has(c.sym)).map((c) => c.sym),
  );
  const isBorrowed = (n: ts.Node) => ts.isIdentifier(n) && borrowed.has(symOf(n)!);

  /** A field of a borrowed local that holds a number, a boolean or a string. */
  const borrowedField = (n: ts.Node): boolean => {
    if (!ts.isPropertyAccessExpression(n) || n.questionDotToken || !isBorrowed(n.expression)) return false;
    const f = fieldOf(m, symOf(n));
    return !!f && (f.field.kind === "NUM" || f.field.kind === "BOOL" || f.field.kind === "STR");
  };
  const isMath = (n: ts.Node) => ts.isIdentifier(n) && n.text === "Math" && isLibSymbol(symOf(n)!);

  /** A place that takes a primitive value without running code or releasing an object. */
  const target = (n: ts.Expression): boolean => {
    while (ts.isParenthesizedExpression(n)) n = n.expression;
    if (ts.isIdentifier(n)) return !isBorrowed(n) && isPrimitive(n);
    if (borrowedField(n)) return true;
    if (ts.isElementAccessExpression(n) && !n.questionDotToken && isArrayVar(n.expression)) {
      const t = ctypeOf(typeOf(n));
      return (t === "double" || t === "bool") && expr(n.argumentExpression) && isPrimitive(n.argumentExpression);
    }
    return false;
  };

  const expr = (n: ts.Expression): boolean => {
    switch (n.kind) {
      case K.NumericLiteral:
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
      case K.TrueKeyword:
      case K.FalseKeyword:
      case K.NullKeyword:
        return true;
      case K.Identifier:
        return !isBorrowed(n);
      case K.ParenthesizedExpression:
      case K.NonNullExpression:
        return expr((n as ts.ParenthesizedExpression | ts.NonNullExpression).expression);
      case K.TypeOfExpression:
        return expr((n as ts.TypeOfExpression).expression);
      case K.PropertyAccessExpression: {
        const p = n as ts.PropertyAccessExpression;
        if (borrowedField(p)) return true;
        if (p.questionDotToken) return false;
        if (isMath(p.expression)) return true;
        if (p.name.text !== "length") return false;
        const kind = receiverKind(checker, checker.getNonNullableType(typeOf(p.expression)));
        if (kind === "string") return expr(p.expression);
        return kind === "array" && ts.isIdentifier(p.expression) && !isBorrowed(p.expression);
      }
      case K.ElementAccessExpression: {
        const e = n as ts.ElementAccessExpression;
        const kind = receiverKind(checker, checker.getNonNullableType(typeOf(e.expression)));
        return (
          !e.questionDotToken &&
          ts.isIdentifier(e.expression) &&
          !isBorrowed(e.expression) &&
          (kind === "array" || kind === "string") &&
          isPrimitive(e) &&
          isPrimitive(e.argumentExpression) &&
          expr(e.argumentExpression)
        );
      }
      case K.CallExpression: {
        const c = n as ts.CallExpression;
        const callee = c.expression;
        return (
          ts.isPropertyAccessExpression(callee) &&
          !c.questionDotToken &&
          isMath(callee.expression) &&
          pureMath.has(callee.name.text) &&
          c.arguments.every((a) => !ts.isSpreadElement(a) && isPrimitive(a) && expr(a))
        );
      }
      case K.PrefixUnaryExpression:
      case K.PostfixUnaryExpression: {
        const u = n as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (u.operator === K.PlusPlusToken || u.operator === K.MinusMinusToken) return target(u.operand);
        return isPrimitive(u.operand) && expr(u.operand);
      }
      case K.BinaryExpression: {
        const b = n as ts.BinaryExpression;
        const op = b.operatorToken.kind;
        if (op >= K.FirstAssignment && op <= K.LastAssignment)
          return target(b.left) && isPrimitive(b.right) && expr(b.right);
        if (op === K.CommaToken) return expr(b.left) && expr(b.right);
        // an operator on an object may convert it to a primitive with the object's own code
        return isPrimitive(b.left) && isPrimitive(b.right) && expr(b.left) && expr(b.right);
      }
      case K.ConditionalExpression: {
        const c = n as ts.ConditionalExpression;
        return isPrimitive(c) && expr(c.condition) && expr(c.whenTrue) && expr(c.whenFalse);
      }
      case K.TemplateExpression:
        return (n as ts.TemplateExpression).templateSpans.every((s) => isPrimitive(s.expression) && expr(s.expression));
      default:
        return false;
    }
  };

  const declaration = (d: ts.VariableDeclaration): boolean => {
    if (!ts.isIdentifier(d.name)) return false;
    if (borrowed.has(symOf(d.name)!)) {
      const init = d.initializer as ts.Expression;
      const e = ts.isParenthesizedExpression(init) ? init.expression : init;
      // the element read of a borrowed local's declaration runs no code
      return ts.isElementAccessExpression(e) && isPrimitive(e.argumentExpression) && expr(e.argumentExpression);
    }
    return isPrimitive(d.name) && (!d.initializer || (isPrimitive(d.initializer) && expr(d.initializer)));
  };

  const stmt = (s: ts.Statement): boolean => {
    switch (s.kind) {
      case K.Block:
        return (s as ts.Block).statements.every(stmt);
      case K.EmptyStatement:
      case K.BreakStatement:
      case K.ContinueStatement:
        return true;
      case K.ExpressionStatement:
        return expr((s as ts.ExpressionStatement).expression);
      case K.VariableStatement:
        return (s as ts.VariableStatement).declarationList.declarations.every(declaration);
      case K.IfStatement: {
        const i = s as ts.IfStatement;
        return expr(i.expression) && stmt(i.thenStatement) && (!i.elseStatement || stmt(i.elseStatement));
      }
      case K.WhileStatement:
      case K.DoStatement: {
        const w = s as ts.WhileStatement | ts.DoStatement;
        return expr(w.expression) && stmt(w.statement);
      }
      case K.ForStatement: {
        const f = s as ts.ForStatement;
        const init = f.initializer;
        const initOk =
          !init || (ts.isVariableDeclarationList(init) ? init.declarations.every(declaration) : expr(init));
        return (
          initOk && (!f.condition || expr(f.condition)) && (!f.incrementor || expr(f.incrementor)) && stmt(f.statement)
        );
      }
      case K.ForOfStatement: {
        const f = s as ts.ForOfStatement;
        const d = ts.isVariableDeclarationList(f.initializer) ? f.initializer.declarations[0] : undefined;
        const bound = d && ts.isIdentifier(d.name) && (borrowed.has(symOf(d.name)!) || isPrimitive(d.name));
        return forOfs.includes(f) && isArrayVar(f.expression) && !!bound && stmt(f.statement);
      }
      case K.ReturnStatement: {
        const r = (s as ts.ReturnStatement).expression;
        return !r || (isPrimitive(r) && expr(r));
      }
      case K.LabeledStatement:
        return stmt((s as ts.LabeledStatement).statement);
      case K.SwitchStatement: {
        const sw = s as ts.SwitchStatement;
        return (
          isPrimitive(sw.expression) &&
          expr(sw.expression) &&
          sw.caseBlock.clauses.every((c) => (!ts.isCaseClause(c) || expr(c.expression)) && c.statements.every(stmt))
        );
      }
      default:
        return false;
    }
  };

  // the largest set whose scopes are all safe with it: drop the unsafe ones until none is left
  for (let changed = true; changed;) {
    changed = false;
    for (const c of candidates) {
      if (borrowed.has(c.sym) && !c.scope.every((s) => stmt(s as ts.Statement))) {
        borrowed.delete(c.sym);
        changed = true;
      }
    }
  }
  const iters = forOfs.filter((f) => isArrayVar(f.expression) && stmt(f.statement));
  const within = (n: ts.Node): boolean =>
    (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && borrowed.has(symOf(n.name)!)) ||
    (ts.isForOfStatement(n) && iters.includes(n)) ||
    !!ts.forEachChild(n, within);
  const locals = new Map<ts.Symbol, { inner: boolean }>();
  for (const c of candidates) if (borrowed.has(c.sym)) locals.set(c.sym, { inner: c.scope.some(within) });
  const inner = (f: ts.ForOfStatement) => ({ inner: within(f.initializer) || within(f.statement) });
  return { locals, iters: new Map(iters.map((f) => [f, inner(f)])) };
}
