/**
 * Quiet functions: those that, once called, cannot free a value their caller read from a field, an
 * element or a variable other code reassigns. A callee only borrows its arguments and its receiver,
 * so the caller of any other function holds its own reference to such an operand for the call:
 * `drain(st.names, () => { st.names = []; })` must not free the array `drain` is reading.
 *
 * A function is quiet when its body (not the bodies of the closures it makes) assigns only its own
 * locals and the fields of `this` in a constructor, calls only quiet functions (directly: a function
 * declaration, a method no subclass overrides, a class's constructor), Math's functions and methods
 * that only read a string or an array, and runs no code of the app by conversion: no operator or
 * template that converts an object to a primitive, and no property read at all when the app
 * declares a getter or a setter anywhere. Recursion is allowed: the set is the largest one whose
 * members call only members. A method's call is to all its implementations, and to unknown code
 * when a value that is not an instance stands for its class (stoodIn).
 */
import ts from "typescript";
import { ClassInfo, ModuleContext } from "./context";
import { instanceClass } from "./layout";
import { receiverKind } from "./builtins";
import { isLibSymbol } from "../lib/symbols";
import { isFunctionLike } from "../analyze/captures";
import { pureMath } from "./borrow";

const K = ts.SyntaxKind;

/** Methods that read their string receiver and arguments and store nothing. */
// prettier-ignore
const stringReads = new Set([
  "at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf", "lastIndexOf",
  "padEnd", "padStart", "repeat", "slice", "startsWith", "substring", "toLowerCase", "toUpperCase", "trim",
  "trimEnd", "trimStart",
]);

/** Methods that read their array receiver (and, for push, add to it: it releases nothing). */
const arrayReads = new Set(["at", "includes", "indexOf", "lastIndexOf", "push", "slice"]);

type Unit = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ClassDeclaration;

/**
 * The classes a value that is not their instance stands for: an object literal typed as the class,
 * another class's instance, an `as`. A call of such a class's method through a receiver typed as
 * the class may run that value's own function, found by name.
 */
export function standInClasses(m: ModuleContext, files: readonly ts.SourceFile[]): Set<ClassInfo> {
  const checker = m.checker;
  const found = new Set<ClassInfo>();
  const parts = (t: ts.Type) =>
    (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  const descends = (a: ts.Type, c: ClassInfo): boolean => {
    for (let p = instanceClass(m, a); p; p = p.parent) if (p === c) return true;
    return false;
  };
  const check = (e: ts.Expression, wanted: ts.Type | undefined): void => {
    const classes = wanted ? parts(wanted).flatMap((p) => instanceClass(m, p) ?? []) : [];
    if (!classes.length) return;
    const actual = parts(checker.getTypeAtLocation(e));
    if (actual.some((a) => !classes.some((c) => descends(a, c)))) classes.forEach((c) => found.add(c));
  };
  const visit = (n: ts.Node): void => {
    if (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n) || ts.isSatisfiesExpression(n))
      check(n.expression, checker.getTypeAtLocation(n));
    else if (ts.isExpression(n)) check(n, checker.getContextualType(n));
    ts.forEachChild(n, visit);
  };
  files.forEach(visit);
  return found;
}

/** Whether a value that is not an instance may stand for info or a class that extends it. */
export function stoodIn(m: ModuleContext, info: ClassInfo): boolean {
  for (const c of m.standIns()) for (let p: ClassInfo | undefined = c; p; p = p.parent) if (p === info) return true;
  return false;
}

/** What the analysis found: the quiet units, and whether a call through a method's table is quiet. */
export interface Quiet {
  units: Set<ts.Node>;
  /** Every method a call of method d may run is quiet. */
  calls(d: ts.MethodDeclaration): boolean;
}

export function findQuiet(m: ModuleContext, files: readonly ts.SourceFile[]): Quiet {
  const checker = m.checker;
  const typeOf = (n: ts.Node) => checker.getTypeAtLocation(n);
  const primitive = (n: ts.Node): boolean => {
    const t = typeOf(n);
    const parts = t.isUnion() ? t.types : [t];
    const P = ts.TypeFlags;
    const ok = P.NumberLike | P.StringLike | P.BooleanLike | P.BigIntLike | P.Undefined | P.Null | P.Void;
    return parts.every((p) => (p.flags & ok) !== 0);
  };
  const kindOf = (n: ts.Expression) => receiverKind(checker, checker.getNonNullableType(typeOf(n)));
  const iterable = (n: ts.Expression) => ["array", "string", "map", "set"].includes(kindOf(n));

  let accessors = false;
  const units: Unit[] = [];
  const collect = (n: ts.Node): void => {
    if (ts.isGetAccessor(n) || ts.isSetAccessor(n)) accessors = true;
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.body) units.push(n);
    if (ts.isClassDeclaration(n)) units.push(n);
    ts.forEachChild(n, collect);
  };
  files.forEach(collect);

  /** The units a call may run, when known: a function, a method and its overrides, a class's construction. */
  const targets = (d: ts.Declaration | undefined): Unit[] | undefined => {
    if (!d) return undefined;
    if (ts.isFunctionDeclaration(d)) return d.body && m.functions.has(d) ? [d] : undefined;
    if (ts.isClassDeclaration(d)) return m.classOf(d) ? [d] : undefined;
    if (ts.isMethodDeclaration(d) && ts.isClassDeclaration(d.parent)) {
      const isStatic = !!(ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static);
      if (isStatic) return d.body ? [d] : undefined;
      return implementations(m, d);
    }
    return undefined;
  };

  /** Whether a unit is quiet by itself, and the units it calls. */
  const examine = (u: Unit): { alone: boolean; calls: Set<Unit> } => {
    const calls = new Set<Unit>();
    const ctor = ts.isClassDeclaration(u) ? u.members.find(ts.isConstructorDeclaration) : undefined;
    if (ts.isClassDeclaration(u)) {
      const parent = u.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0]?.expression;
      if (parent) {
        const p = targets(checker.getSymbolAtLocation(parent)?.valueDeclaration);
        if (!p) return { alone: false, calls };
        p.forEach((x) => calls.add(x));
      }
    } else if (u.asteriskToken || ts.getCombinedModifierFlags(u) & ts.ModifierFlags.Async)
      return { alone: false, calls };

    const own = (id: ts.Identifier): boolean => {
      const d = checker.getSymbolAtLocation(id)?.valueDeclaration;
      if (!d || !(ts.isVariableDeclaration(d) || ts.isParameter(d))) return false;
      let f: ts.Node | undefined = d.parent;
      while (f && !isFunctionLike(f)) f = f.parent;
      return f === u || f === ctor;
    };
    /** A place the unit may store into: its own local, or a field of the object a constructor makes. */
    const store = (n: ts.Expression): boolean => {
      while (ts.isParenthesizedExpression(n)) n = n.expression;
      if (ts.isIdentifier(n)) return own(n);
      // a field of the object being made (a setter would be the app's code)
      return !!ctor && !accessors && ts.isPropertyAccessExpression(n) && n.expression.kind === K.ThisKeyword;
    };
    const call = (c: ts.CallExpression): boolean => {
      if (c.questionDotToken) return false;
      const callee = c.expression;
      if (callee.kind === K.SuperKeyword) return true; // the parent's construction is among calls
      const sym = checker.getSymbolAtLocation(callee);
      if (ts.isPropertyAccessExpression(callee) && sym && isLibSymbol(sym)) {
        const name = callee.name.text;
        if (ts.isIdentifier(callee.expression) && callee.expression.text === "Math") return pureMath.has(name);
        const kind = kindOf(callee.expression);
        const args = c.arguments.every((a) => !ts.isSpreadElement(a) && primitive(a));
        if (kind === "string") return stringReads.has(name) && args;
        return kind === "array" && arrayReads.has(name) && (name === "push" || args);
      }
      const run = targets(sym?.valueDeclaration);
      if (!run || run.some((x) => ts.isClassDeclaration(x))) return false;
      run.forEach((x) => calls.add(x));
      return true;
    };

    const quiet = (n: ts.Node): boolean => {
      if (isFunctionLike(n) || ts.isClassLike(n)) return true; // made, not run
      switch (n.kind) {
        case K.CallExpression:
          if (!call(n as ts.CallExpression)) return false;
          break;
        case K.NewExpression: {
          const nw = n as ts.NewExpression;
          const sym = checker.getSymbolAtLocation(nw.expression);
          // Map, Set, Array of primitives: made, no code of the app run
          const lib = sym && isLibSymbol(sym) && ["Map", "Set", "Array"].includes(sym.name);
          if (lib && (nw.arguments ?? []).every((a) => !ts.isSpreadElement(a) && primitive(a))) break;
          const run = targets(sym?.valueDeclaration);
          if (!run || !ts.isClassDeclaration(run[0])) return false;
          calls.add(run[0]);
          break;
        }
        case K.DeleteExpression:
        case K.AwaitExpression:
        case K.YieldExpression:
        case K.TaggedTemplateExpression:
          return false;
        case K.PropertyAccessExpression:
        case K.ElementAccessExpression: {
          const e = n as ts.PropertyAccessExpression | ts.ElementAccessExpression;
          if (accessors && !["array", "string"].includes(kindOf(e.expression))) return false;
          break;
        }
        case K.PrefixUnaryExpression:
        case K.PostfixUnaryExpression: {
          const p = n as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
          if ((p.operator === K.PlusPlusToken || p.operator === K.MinusMinusToken) && !store(p.operand)) return false;
          if (p.operator !== K.ExclamationToken && !primitive(p.operand)) return false;
          break;
        }
        case K.BinaryExpression: {
          const b = n as ts.BinaryExpression;
          const op = b.operatorToken.kind;
          if (op >= K.FirstAssignment && op <= K.LastAssignment && !store(b.left)) return false;
          const converts = ![
            K.EqualsToken,
            K.EqualsEqualsEqualsToken,
            K.ExclamationEqualsEqualsToken,
            K.AmpersandAmpersandToken,
            K.BarBarToken,
            K.QuestionQuestionToken,
            K.QuestionQuestionEqualsToken,
            K.BarBarEqualsToken,
            K.AmpersandAmpersandEqualsToken,
            K.CommaToken,
            K.InstanceOfKeyword,
            K.InKeyword,
          ].includes(op);
          if (converts && !(primitive(b.left) && primitive(b.right))) return false;
          break;
        }
        case K.ForOfStatement:
        case K.SpreadElement:
          // iterating an object of the app's own runs its iterator
          if (!iterable((n as ts.ForOfStatement | ts.SpreadElement).expression)) return false;
          break;
        case K.SpreadAssignment:
          if (accessors) return false; // { ...o } reads o's getters
          break;
        case K.ArrayBindingPattern:
        case K.ObjectBindingPattern: {
          const d = n.parent;
          const from = ts.isVariableDeclaration(d) || ts.isParameter(d) ? d.initializer : undefined;
          if (accessors || (ts.isArrayBindingPattern(n) && (!from || !iterable(from)))) return false;
          break;
        }
        case K.TemplateExpression:
          if (!(n as ts.TemplateExpression).templateSpans.every((s) => primitive(s.expression))) return false;
          break;
      }
      return !ts.forEachChild(n, (c) => !quiet(c));
    };

    let alone: boolean;
    if (ts.isClassDeclaration(u)) {
      const fields = u.members.filter(
        (x) => ts.isPropertyDeclaration(x) && !(ts.getCombinedModifierFlags(x) & ts.ModifierFlags.Static),
      );
      alone =
        !u.members.some((x) => ts.isClassStaticBlockDeclaration(x)) &&
        fields.every((f) => quiet(f)) &&
        (!ctor || (ctor.parameters.every(quiet) && !!ctor.body && quiet(ctor.body)));
    } else alone = u.parameters.every(quiet) && quiet(u.body!);
    return { alone, calls };
  };

  const facts = new Map<ts.Node, ReturnType<typeof examine>>(units.map((u) => [u, examine(u)]));
  const quiet = new Set<ts.Node>(units.filter((u) => facts.get(u)!.alone));
  for (let changed = true; changed;) {
    changed = false;
    for (const u of quiet)
      if ([...facts.get(u)!.calls].some((c) => !quiet.has(c))) {
        quiet.delete(u);
        changed = true;
      }
  }
  return {
    units: quiet,
    calls: (d) => !!implementations(m, d)?.every((x) => quiet.has(x)),
  };
}

/**
 * The methods a call of method d may run: d's own and every override in the classes that extend
 * its class; undefined when one has no body (a mixin's, an abstract one) or is not known (a value
 * that is not an instance stands for the class).
 */
function implementations(m: ModuleContext, d: ts.MethodDeclaration): ts.MethodDeclaration[] | undefined {
  const owner = ts.isClassLike(d.parent) ? m.classOf(d.parent) : undefined;
  if (!owner || !ts.isIdentifier(d.name) || stoodIn(m, owner)) return undefined;
  const name = d.name.text;
  const found: ts.MethodDeclaration[] = [];
  for (const c of m.classes.values()) {
    let p: typeof c | undefined = c;
    while (p && p !== owner) p = p.parent;
    const own = p && c.methods.get(name);
    if (own) found.push(own);
  }
  return found.length && found.every((x) => x.body && ts.isClassDeclaration(x.parent)) ? found : undefined;
}
