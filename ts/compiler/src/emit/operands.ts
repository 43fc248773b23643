/** Operands in JavaScript's evaluation order, argument arrays, receivers of member accesses. */
import ts from "typescript";
import * as C from "../cir/build";
import { Expr, Repr, isHeap } from "../cir/nodes";
import { someExpr } from "../cir/walk";
import { isFunctionLike } from "../analyze/captures";
import { FunctionContext, valArray } from "./context";

const K = ts.SyntaxKind;

/** True when evaluating node may change state that other operands read. */
export function hasSideEffects(node: ts.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isDeleteExpression(node)) return true;
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind >= K.FirstAssignment &&
    node.operatorToken.kind <= K.LastAssignment
  )
    return true;
  if (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === K.PlusPlusToken || node.operator === K.MinusMinusToken)
  )
    return true;
  if (isFunctionLike(node)) return false;
  return ts.forEachChild(node, hasSideEffects) ?? false;
}

function isConstantish(n: ts.Expression): boolean {
  return (
    n.kind === K.TrueKeyword ||
    n.kind === K.FalseKeyword ||
    n.kind === K.NullKeyword ||
    ts.isNumericLiteral(n) ||
    ts.isStringLiteral(n)
  );
}

/** Operands and the steps that must run before they are used. */
export interface Ordered {
  pre: Expr[];
  items: Expr[];
}

export interface OrderOptions {
  /** Set by each operand: whether it is an owned heap value, which borrowing puts on the temporary stack. */
  fresh?: boolean[];
  /** The operation may run the app's code while it uses the operands (a call of a function that is not quiet). */
  runsApp?: boolean;
}

/**
 * Operands in JavaScript's left-to-right order. C leaves the order of arguments and operands
 * unspecified, so when a later operand has side effects, every operand is first evaluated into a
 * scratch variable.
 *
 * An operand read from a place other code may change (see `unstable`) holds its own reference for
 * the statement when code can run between its read and its last use: a later operand's side effects,
 * or the operation itself running the app's code. A callee only borrows its operands.
 */
export function ordered(
  fe: FunctionContext,
  operands: { node: ts.Expression; t: Repr }[],
  { fresh, runsApp = false }: OrderOptions = {},
): Ordered {
  const needsOrder = operands.length > 1 && operands.slice(1).some((i) => hasSideEffects(i.node));
  const pre: Expr[] = [];
  const items = operands.map(({ node, t }) => {
    const read = fe.as(node, t);
    const value = (runsApp || needsOrder) && unstable(fe, node, read) ? fe.own(read) : read;
    // fresh: an owned heap value, which borrowing puts on the temporary stack
    fresh?.push(!!value.owned && isHeap(value.t));
    const e = fe.borrow(value);
    if (!needsOrder || ts.isLiteralExpression(node) || isConstantish(node)) return e;
    const s = fe.scratch(t);
    pre.push(C.assign(s, e));
    return s;
  });
  return { pre, items };
}

/**
 * A borrowed heap value (`read`, of node) that other code may free while a call runs: one read from
 * a field, an element, a map (`m.get(k)`), a module-level `let` or `var`, or a variable shared with
 * a closure. A callback that empties `st.queue` must not free the array a call was given as
 * `st.queue`. The values of the function's own variables, `this` and literals stay.
 */
export function unstable(fe: FunctionContext, node: ts.Expression, read: Expr): boolean {
  // an owned value, or one the temporary stack holds for the statement, stays
  if (read.owned || !isHeap(read.t) || read.k === "temp") return false;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node))
    node = node.expression;
  if (!ts.isIdentifier(node))
    return (
      ts.isPropertyAccessExpression(node) ||
      ts.isElementAccessExpression(node) ||
      ts.isCallExpression(node) ||
      ts.isConditionalExpression(node) ||
      ts.isBinaryExpression(node)
    );
  const sym = fe.checker.getSymbolAtLocation(node);
  const v = sym && fe.lookup(sym);
  if (!v || !isHeap(v.t)) return false;
  if (v.kind === "box") return true;
  const decl = sym.valueDeclaration;
  return (
    v.kind === "global" &&
    !!decl &&
    ts.isVariableDeclaration(decl) &&
    !(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)
  );
}

/** Whether a call of a library function or method may run the app's code: it is given a function. */
export function takesFunction(fe: FunctionContext, args: readonly ts.Expression[]): boolean {
  return args.some((a) => fe.checker.getNonNullableType(fe.type(a)).getCallSignatures().length > 0);
}

/** True for an expression that calls and changes nothing: names, constants, arithmetic on them. */
function isSettled(e: Expr): boolean {
  return !someExpr(
    e,
    (x) =>
      x.k === "call" || x.k === "assign" || x.k === "temp" || (x.k === "unary" && (x.op === "++" || x.op === "--")),
  );
}

/**
 * Values evaluated now, in order, each into a scratch variable unless it evaluates nothing: a step put
 * after them (storing a position in ts_loc) runs after every call among them.
 */
export function settled(fe: FunctionContext, values: Expr[]): Ordered {
  const pre: Expr[] = [];
  const items = values.map((e) => {
    if (isSettled(e)) return e;
    const s = fe.scratch(e.t as Repr);
    pre.push(C.assign(s, e));
    return s;
  });
  return { pre, items };
}

/** Values, each held in a scratch variable first when a later one has side effects (leaves of a + b + c). */
export function inOrder(fe: FunctionContext, nodes: ts.Expression[], convert: (e: Expr) => Expr): Ordered {
  const needsOrder = nodes.slice(1).some(hasSideEffects);
  const pre: Expr[] = [];
  const items = nodes.map((n) => {
    const read = fe.expr(n);
    // a later leaf may free what this one read (see ordered)
    const e = convert(needsOrder && unstable(fe, n, read) ? fe.own(read) : read);
    if (!needsOrder || ts.isStringLiteral(n)) return e;
    const s = fe.scratch(e.t as Repr);
    pre.push(C.assign(s, e));
    return s;
  });
  return { pre, items };
}

/** Arguments as a C array (count, pointer), with spreads expanded at run time. */
export interface Argv {
  pre: Expr[];
  argc: Expr;
  argv: Expr;
}

/** Arguments as a C array; `runsApp`: the callee may run the app's code (see ordered). */
export function argvOf(fe: FunctionContext, args: readonly ts.Expression[], runsApp = false): Argv {
  if (!args.some(ts.isSpreadElement)) {
    const o = ordered(
      fe,
      args.map((a) => ({ node: a, t: "val" as Repr })),
      { runsApp },
    );
    return { pre: o.pre, argc: C.int(args.length), argv: valArray(o.items) };
  }
  const a = fe.scratch("val");
  const pre = [C.assign(a, fe.borrow(C.call("ts_arr_new", [C.int(args.length)], "val", { owned: true })))];
  for (const e of args) {
    pre.push(
      ts.isSpreadElement(e)
        ? C.call("ts_arr_push_spread", [a, fe.arg(e.expression, "val")], "void")
        : C.call("ts_arr_push", [a, fe.arg(e, "val")], "double"),
    );
  }
  return {
    pre,
    argc: C.cast("int", C.call("ts_arr_length", [a], "double")),
    argv: C.call("ts_arr_values", [a], { ptr: "val" }, { mayThrow: false }),
  };
}

/** A call of fn(argc, argv, ...) after the argument array's steps. */
export function callWithArgv(fn: string, lead: Expr[], a: Argv, t: Repr | "void", o: C.CallOptions = {}): Expr {
  return C.after(a.pre, C.call(fn, [...lead, a.argc, a.argv], t, o));
}

/** A borrowed TsString * holding String(e). */
export function stringOf(fe: FunctionContext, e: Expr): Expr {
  switch (e.t) {
    case "str":
      return fe.borrow(e);
    case "bool":
      return C.call("ts_bool_to_str", [e], "str");
    case "double":
      return fe.borrow(C.call("ts_num_to_str", [e], "str", { owned: true }));
    default:
      return fe.borrow(C.call("ts_to_string", [fe.borrow(e)], "str", { owned: true }));
  }
}

/**
 * The receiver of a member access, as a borrowed expression of the wanted representation. With `?.`
 * the receiver goes through a scratch variable and a guard.
 */
export function chainReceiver(
  fe: FunctionContext,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression,
  runsApp = false,
): (t: Repr) => Expr {
  return (t: Repr) => {
    const read = fe.expr(node.expression);
    // a receiver the call may free (`st.list.run(() => { st.list = ...; })`) is held for the statement
    const e = runsApp && unstable(fe, node.expression, read) ? fe.own(read) : read;
    if (!node.questionDotToken || !fe.chainGuards) return fe.borrow(fe.convert(e, t));
    const s = fe.scratch("val");
    fe.chainGuards.push(C.call("ts_is_nullish", [C.assign(s, fe.borrow(C.wrap(e)))], "bool"));
    return fe.convert(s, t);
  };
}
