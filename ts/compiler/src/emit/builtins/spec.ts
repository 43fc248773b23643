/**
 * How a library member compiles: a row that maps it to a runtime function with typed parameters
 * (and defaults for missing arguments), or a lowering of its own. Each builtin type has its table
 * in this folder: Array.prototype.sort is `arrayMethods.sort` in array.ts.
 */
import ts from "typescript";
import * as C from "../../cir/build";
import { Expr, Repr, isHeap } from "../../cir/nodes";
import { FunctionContext } from "../context";
import { ordered, takesFunction } from "../operands";

type Param = Repr | { t: Repr; dflt: Expr };

/** A runtime function: receiver first (for methods), then the parameters. */
export interface Spec {
  fn: string;
  params: Param[];
  ret: Repr | "void";
  /** Whether a heap result is owned (the default). */
  owned: boolean;
}

/** One call of a builtin, as the lowering sees it. */
export interface BuiltinCall {
  node: ts.CallExpression | ts.NewExpression;
  name: string;
  args: readonly ts.Expression[];
  /** The receiver, borrowed, in a representation (methods only). */
  recv: (t: Repr) => Expr;
  /** The receiver's expression (methods only). */
  recvNode?: ts.Expression;
  /** Called through `?.`: the receiver must go through recv, which guards it. */
  optional: boolean;
}

/** A lowering of its own: undefined when this use is not supported. */
export type Lowering = (fe: FunctionContext, c: BuiltinCall) => Expr | undefined;

export type Builtin = Spec | Lowering;

export const spec = (fn: string, params: Param[], ret: Repr | "void", owned = true): Spec => ({
  fn,
  params,
  ret,
  owned,
});

export const d0 = { t: "double" as Repr, dflt: C.num(0) };
export const dInf = { t: "double" as Repr, dflt: C.INFINITY };
export const dNaN = { t: "double" as Repr, dflt: C.NAN };
export const vU = { t: "val" as Repr, dflt: C.UNDEFINED };
export const sNull = { t: "str" as Repr, dflt: C.NULL };

/**
 * A call of a spec's function: the receiver first, then the arguments, defaults for missing ones.
 * A function among the arguments may run while the others are used: those are held (see ordered).
 */
export function fromSpec(fe: FunctionContext, s: Spec, args: readonly ts.Expression[], recv?: Expr): Expr {
  const items: { node: ts.Expression; t: Repr }[] = [];
  s.params.forEach((p, i) => {
    if (i < args.length) items.push({ node: args[i], t: typeof p === "string" ? p : p.t });
  });
  const o = ordered(fe, items, { runsApp: takesFunction(fe, args) });
  const values = recv ? [recv, ...o.items] : [...o.items];
  s.params.forEach((p, i) => {
    if (i >= args.length) values.push(typeof p === "string" ? (p === "val" ? C.UNDEFINED : C.lit("0", p)) : p.dflt);
  });
  return C.after(o.pre, C.call(s.fn, values, s.ret, { owned: isHeap(s.ret) && s.owned }));
}

/** A method from a spec: the receiver first, then the arguments. */
export function methodFromSpec(fe: FunctionContext, s: Spec, c: BuiltinCall, recvT: Repr): Expr {
  return fromSpec(fe, s, c.args, c.recv(recvT));
}

/** A builtin of a table: its spec or its lowering. */
export function lower(fe: FunctionContext, b: Builtin, c: BuiltinCall, recvT?: Repr): Expr | undefined {
  if (typeof b === "function") return b(fe, c);
  return recvT ? methodFromSpec(fe, b, c, recvT) : fromSpec(fe, b, c.args);
}
