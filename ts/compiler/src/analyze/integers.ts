import ts from "typescript";
import { isDeclarationName, outer, patternRoot } from "./counters";

/**
 * Integer ranges: which number variables, parameters and function results only ever hold integers
 * in a known range, never -0. The emitter keeps a variable whose range fits in an int32 as an
 * int32_t, and computes `+`, `-`, `*` and `%` of such values in C integers, where the double
 * arithmetic would convert back and forth (a % on doubles is a call to fmod, or a conversion to
 * an integer and back; a JIT speculates the same way).
 *
 * What counts:
 *   - `let`/`const` number variables with an initializer: locals used only in their own function
 *     (not captured), and the module's top-level variables (C globals);
 *   - the parameters and the number result of a top-level function that is only ever called by
 *     name (never passed on as a value), from the arguments of every call and every `return`;
 *   - integer counters (analyze/counters.ts) of `for (let i = a; i < n; i++)` with no other write:
 *     a to n; other counters hold an integer below 2^53.
 * A value's range is the union of the ranges of everything stored in it, found by iterating to a
 * fixed point (a bound that keeps moving is widened to int32's, then given up). An expression's
 * range: integer literals, these variables, `+ - * %` of two ranges (given up past 2^53, where a
 * double would round), `-x`, `c ? a : b`, a string's or an array's `.length` and calls of those
 * functions. Anything that could be -0
 * (`0 * -1`, `-x` of 0, `-4 % 2`), NaN (`% 0`) or a fraction is not an integer here.
 */
export interface Range {
  lo: number;
  hi: number;
}

const LIMIT = 2 ** 53;
const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
/** Rounds a bound may move before it is widened. */
const WIDEN_AFTER = 3;

export const fitsInt32 = (r: Range): boolean => r.lo >= I32_MIN && r.hi <= I32_MAX;

/** A definition of a value: an expression stored in it, or `x op e` (`x += e`, `x++`), or anything. */
type Def = { e: ts.Expression } | { op: ts.SyntaxKind; of: ts.Symbol; e: ts.Expression | 1 } | "any";

const K = ts.SyntaxKind;
const compound: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.PlusEqualsToken]: K.PlusToken,
  [K.MinusEqualsToken]: K.MinusToken,
  [K.AsteriskEqualsToken]: K.AsteriskToken,
  [K.PercentEqualsToken]: K.PercentToken,
};

export class IntegerRanges {
  /** Variables and parameters held as int32_t. */
  readonly int32Vars = new Set<ts.Symbol>();
  private readonly ranges = new Map<ts.Symbol | ts.Node, Range | "any">();
  private readonly defs = new Map<ts.Symbol | ts.Node, Def[]>();
  /** A counter's loop bound: the expression it stays below (or at). */
  private readonly bounds = new Map<ts.Symbol, { start: ts.Expression; end: ts.Expression; inclusive: boolean }>();
  /** Counters whose range is being computed. */
  private readonly bounding = new Set<ts.Symbol>();

  constructor(
    files: readonly ts.SourceFile[],
    private readonly checker: ts.TypeChecker,
    private readonly counters: Set<ts.Symbol>,
    excluded: (sym: ts.Symbol) => boolean,
  ) {
    const vars = this.collect(files, excluded);
    this.solve();
    for (const sym of vars) {
      const r = this.ranges.get(sym);
      if (r && r !== "any" && fitsInt32(r)) this.int32Vars.add(sym);
    }
  }

  /** The range of an expression's value when it is always an integer (never -0), else undefined. */
  of(e: ts.Expression): Range | undefined {
    const r = this.eval(e);
    return r === "any" || r === undefined ? undefined : r;
  }

  // ------------------------------------------------------------ collecting

  /** Finds the definitions of each candidate; returns the variables and parameters among them. */
  private collect(files: readonly ts.SourceFile[], excluded: (sym: ts.Symbol) => boolean): ts.Symbol[] {
    const checker = this.checker;
    const exported = new Set(files.flatMap(exportedNames));
    const isNumber = (n: ts.Node): boolean => {
      const t = checker.getTypeAtLocation(n);
      return (t.flags & ts.TypeFlags.NumberLike) !== 0 && !t.isUnion();
    };
    const candidates = new Map<ts.Symbol, ts.Node>(); // symbol -> the function-like (or file) it lives in
    const functions = new Map<ts.Symbol, ts.FunctionDeclaration>();
    const visitDecls = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isNumber(n.name)) {
        const list = n.parent;
        const sym = checker.getSymbolAtLocation(n.name);
        const blockScoped = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) !== 0;
        const topLevel = ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent);
        // a counter of the top level is a global, which the emitter keeps as a double
        if (sym && blockScoped && (topLevel || !this.counters.has(sym)) && !excluded(sym)) {
          candidates.set(sym, topLevel ? n.getSourceFile() : container(n));
          this.defs.set(sym, [{ e: n.initializer }]);
        }
      } else if (ts.isFunctionDeclaration(n) && n.name && n.body && ts.isSourceFile(n.parent) && !n.asteriskToken) {
        const sym = checker.getSymbolAtLocation(n.name);
        const flags = ts.getCombinedModifierFlags(n);
        // a function other modules import may be called with anything
        const shared = flags & ts.ModifierFlags.Export || exported.has(`${n.getSourceFile().fileName}:${n.name.text}`);
        if (sym && !(flags & ts.ModifierFlags.Async) && !shared) {
          functions.set(sym, n);
          const sig = checker.getSignatureFromDeclaration(n);
          const ret = sig && checker.getReturnTypeOfSignature(sig);
          if (ret && ret.flags & ts.TypeFlags.NumberLike && !ret.isUnion()) this.defs.set(n, []);
          for (const p of n.parameters) {
            const ps = ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined;
            if (!ps || p.initializer || p.dotDotDotToken || p.questionToken || !isNumber(p.name) || excluded(ps))
              continue;
            candidates.set(ps, n);
            this.defs.set(ps, []);
          }
        }
      }
      ts.forEachChild(n, visitDecls);
    };
    files.forEach(visitDecls);

    const add = (key: ts.Symbol | ts.Node, d: Def): void => {
      this.defs.get(key)?.push(d);
    };
    const visitUses = (n: ts.Node): void => {
      if (ts.isReturnStatement(n) && n.expression) {
        const f = container(n);
        if (ts.isFunctionDeclaration(f)) add(f, { e: n.expression });
      } else if (ts.isIdentifier(n) && !isDeclarationName(n)) {
        const sym = this.symbol(n);
        const home = sym && candidates.get(sym);
        if (sym && home) {
          if (!ts.isSourceFile(home) && container(n) !== home) add(sym, "any"); // used by a closure
          const w = write(n);
          if (w) add(sym, w === "any" ? "any" : "op" in w ? { ...w, of: sym } : w);
        }
        const f = sym && functions.get(sym);
        if (f) {
          const call = n.parent;
          const direct = ts.isCallExpression(call) && call.expression === n;
          f.parameters.forEach((p, i) => {
            const ps = ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined;
            if (!ps) return;
            const spread = direct && call.arguments.slice(0, i + 1).some(ts.isSpreadElement);
            const arg = direct && !spread ? call.arguments[i] : undefined;
            add(ps, arg ? { e: arg } : "any");
          });
          if (!direct) add(f, "any");
        }
      }
      ts.forEachChild(n, visitUses);
    };
    files.forEach(visitUses);
    for (const sym of this.counters) this.counterBound(sym);
    return [...candidates.keys()];
  }

  /** The symbol an identifier names, through an import. */
  symbol(n: ts.Identifier): ts.Symbol | undefined {
    const sym = this.checker.getSymbolAtLocation(n);
    return sym && sym.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(sym) : sym;
  }

  /** `for (let i = a; i < n; i++)` where nothing else writes i: i stays from a to n. */
  private counterBound(sym: ts.Symbol): void {
    const decl = sym.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return;
    const list = decl.parent;
    const loop = list.parent;
    if (!ts.isForStatement(loop) || loop.initializer !== list || !loop.condition || !loop.incrementor) return;
    let cond = loop.condition;
    while (ts.isParenthesizedExpression(cond)) cond = cond.expression;
    if (!ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left)) return;
    if (this.checker.getSymbolAtLocation(cond.left) !== sym) return;
    const op = cond.operatorToken.kind;
    if (op !== K.LessThanToken && op !== K.LessThanEqualsToken) return;
    if (!isIncrement(loop.incrementor, sym, this.checker)) return;
    // every other write of i: none (the incrementor is the only one)
    let other = false;
    const visit = (n: ts.Node): void => {
      if (other || n === loop.incrementor) return;
      if (ts.isIdentifier(n) && n !== decl.name && this.checker.getSymbolAtLocation(n) === sym && write(n))
        other = true;
      ts.forEachChild(n, visit);
    };
    visit(loop);
    if (!other)
      this.bounds.set(sym, { start: decl.initializer, end: cond.right, inclusive: op === K.LessThanEqualsToken });
  }

  // ------------------------------------------------------------ solving

  private solve(): void {
    const moves = new Map<ts.Symbol | ts.Node, number>();
    for (let round = 0, changed = true; changed; round++) {
      changed = false;
      for (const [key, defs] of this.defs) {
        const old = this.ranges.get(key);
        if (old === "any") continue;
        let r: Range | "any" | undefined = undefined;
        for (const d of defs) {
          const v = d === "any" ? "any" : "op" in d ? this.apply(d.op, this.ranges.get(d.of), d.e) : this.eval(d.e);
          r = join(r, v);
          if (r === "any") break;
        }
        if (r === undefined || (old && r !== "any" && r.lo === old.lo && r.hi === old.hi)) continue;
        if (r !== "any" && old) {
          const n = (moves.get(key) ?? 0) + 1;
          moves.set(key, n);
          if (n > WIDEN_AFTER || round > 50) r = widen(old, r);
        }
        this.ranges.set(key, r);
        changed = true;
      }
    }
  }

  private eval(e: ts.Expression): Range | "any" | undefined {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      return Number.isSafeInteger(v) ? { lo: v, hi: v } : "any";
    }
    if (ts.isIdentifier(e)) {
      const sym = this.symbol(e);
      if (!sym) return "any";
      if (this.defs.has(sym)) return this.ranges.get(sym);
      return this.counters.has(sym) ? this.counterRange(sym) : "any";
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === K.MinusToken) {
      const r = this.eval(e.operand);
      if (r === undefined || r === "any") return r;
      return r.lo <= 0 && r.hi >= 0 ? "any" : { lo: -r.hi, hi: -r.lo };
    }
    if (ts.isBinaryExpression(e)) return this.apply(e.operatorToken.kind, this.eval(e.left), e.right);
    if (ts.isConditionalExpression(e)) return join(this.eval(e.whenTrue), this.eval(e.whenFalse));
    if (ts.isPropertyAccessExpression(e) && e.name.text === "length") {
      // a string's or an array's length
      const t = this.checker.getTypeAtLocation(e.expression);
      const sized = t.flags & ts.TypeFlags.StringLike || this.checker.isArrayType(t) || this.checker.isTupleType(t);
      return sized && !t.isUnion() ? { lo: 0, hi: 2 ** 32 - 1 } : "any";
    }
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) {
      const decl = this.symbol(e.expression)?.valueDeclaration;
      return decl && this.defs.has(decl) ? this.ranges.get(decl) : "any";
    }
    return "any";
  }

  private counterRange(sym: ts.Symbol): Range | "any" | undefined {
    const b = this.bounds.get(sym);
    // a bound that reads the counter itself (k <= n - k) bounds nothing here
    if (!b || this.bounding.has(sym)) return { lo: -LIMIT, hi: LIMIT };
    this.bounding.add(sym);
    const start = this.eval(b.start);
    const end = this.eval(b.end);
    this.bounding.delete(sym);
    if (start === "any" || end === "any") return { lo: -LIMIT, hi: LIMIT };
    if (!start || !end) return undefined;
    return { lo: start.lo, hi: Math.max(start.hi, end.hi + (b.inclusive ? 1 : 0)) };
  }

  /** left op right for an arithmetic operator, from left's range. */
  private apply(op: ts.SyntaxKind, a: Range | "any" | undefined, right: ts.Expression | 1): Range | "any" | undefined {
    const arith = compound[op] ?? op;
    if (arith !== K.PlusToken && arith !== K.MinusToken && arith !== K.AsteriskToken && arith !== K.PercentToken)
      return "any";
    const b = right === 1 ? { lo: 1, hi: 1 } : this.eval(right);
    if (a === "any" || b === "any") return "any";
    if (!a || !b) return undefined;
    let r: Range;
    if (arith === K.PlusToken) r = { lo: a.lo + b.lo, hi: a.hi + b.hi };
    else if (arith === K.MinusToken) r = { lo: a.lo - b.hi, hi: a.hi - b.lo };
    else if (arith === K.AsteriskToken) {
      // 0 times a negative number is -0
      if ((a.lo <= 0 && a.hi >= 0 && b.lo < 0) || (b.lo <= 0 && b.hi >= 0 && a.lo < 0)) return "any";
      const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
      r = { lo: Math.min(...p), hi: Math.max(...p) };
    } else {
      // a negative dividend may give -0, a zero divisor NaN
      if (a.lo < 0 || (b.lo <= 0 && b.hi >= 0)) return "any";
      r = { lo: 0, hi: Math.min(a.hi, Math.max(Math.abs(b.lo), Math.abs(b.hi)) - 1) };
    }
    return r.lo < -LIMIT || r.hi > LIMIT ? "any" : r;
  }
}

function join(a: Range | "any" | undefined, b: Range | "any" | undefined): Range | "any" | undefined {
  if (a === "any" || b === "any") return "any";
  if (!a) return b;
  if (!b) return a;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/** A bound that moved again goes to int32's limit, and past it the value is any number. */
function widen(old: Range | "any" | undefined, r: Range | "any"): Range | "any" {
  if (r === "any" || !old || old === "any") return r;
  const lo = r.lo < old.lo ? I32_MIN : r.lo;
  const hi = r.hi > old.hi ? I32_MAX : r.hi;
  return r.lo < lo || r.hi > hi ? "any" : { lo, hi };
}

/** "file:name" of what a file's `export { ... }` and `export default name` name. */
function exportedNames(file: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isExportSpecifier(n)) out.push(`${file.fileName}:${(n.propertyName ?? n.name).text}`);
    else if (ts.isExportAssignment(n) && ts.isIdentifier(n.expression))
      out.push(`${file.fileName}:${n.expression.text}`);
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

/** The function (or file) a node's code runs in; a class's field initialisers run in its constructor. */
function container(n: ts.Node): ts.Node {
  for (let p = n.parent; p; p = p.parent)
    if (
      ts.isFunctionLike(p) ||
      ts.isSourceFile(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isClassStaticBlockDeclaration(p)
    )
      return p;
  return n.getSourceFile();
}

/** What a reference stores into its variable: undefined for a read. */
function write(
  n: ts.Identifier,
): { e: ts.Expression } | { op: ts.SyntaxKind; e: ts.Expression | 1 } | "any" | undefined {
  const e = outer(n);
  const p = e.parent;
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) {
    if (p.operator === K.PlusPlusToken) return { op: K.PlusToken, e: 1 };
    if (p.operator === K.MinusMinusToken) return { op: K.MinusToken, e: 1 };
    return undefined;
  }
  if (ts.isBinaryExpression(p) && p.left === e) {
    const op = p.operatorToken.kind;
    if (op === K.EqualsToken) return { e: p.right };
    if (compound[op]) return { op, e: p.right };
    if (op >= K.FirstAssignment && op <= K.LastAssignment) return "any";
    return undefined;
  }
  // a destructuring target, a for-in/of variable
  const t = patternRoot(n);
  const q = t.parent;
  if (t !== e && ts.isBinaryExpression(q) && q.left === t && q.operatorToken.kind === K.EqualsToken) return "any";
  if ((ts.isForOfStatement(q) || ts.isForInStatement(q)) && q.initializer === t) return "any";
  return undefined;
}

function isIncrement(e: ts.Expression, sym: ts.Symbol, checker: ts.TypeChecker): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  let target: ts.Expression | undefined;
  if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && e.operator === K.PlusPlusToken)
    target = e.operand;
  else if (
    ts.isBinaryExpression(e) &&
    e.operatorToken.kind === K.PlusEqualsToken &&
    ts.isNumericLiteral(e.right) &&
    e.right.text === "1"
  )
    target = e.left;
  return !!target && ts.isIdentifier(target) && checker.getSymbolAtLocation(target) === sym;
}
