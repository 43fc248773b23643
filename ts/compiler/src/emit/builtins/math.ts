/** Math's functions and constants. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Expr, Repr } from "../../cir/nodes";
import { valArray } from "../context";
import { argvOf, callWithArgv, ordered } from "../operands";
import { Builtin, Lowering, spec } from "./spec";

/** Math functions of one number with a runtime function ts_math_<name>. */
export const mathUnary = [
  "abs",
  "floor",
  "ceil",
  "sqrt",
  "cbrt",
  "exp",
  "expm1",
  "log",
  "log2",
  "log10",
  "log1p",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
  "round",
  "sign",
  "trunc",
  "fround",
  "clz32",
];

/** Math.max(a, b), Math.min(...xs), Math.hypot(...): a double array, or an argument array with spreads. */
function variadic(name: string): Lowering {
  return (fe, c) => {
    if (c.args.some(ts.isSpreadElement))
      return callWithArgv(`ts_math_${name}_values`, [], argvOf(fe, c.args), "double");
    const { pre, items } = ordered(
      fe,
      c.args.map((a) => ({ node: a, t: "double" as Repr })),
    );
    return C.after(pre, C.call(`ts_math_${name}`, [C.int(items.length), valArray(items, "double")], "double"));
  };
}

export const mathStatics: Record<string, Builtin> = {
  ...Object.fromEntries(mathUnary.map((n) => [n, spec(`ts_math_${n}`, ["double"], "double")])),
  random: spec("ts_math_random", [], "double"),
  imul: spec("ts_imul", ["double", "double"], "double"),
  atan2: spec("ts_math_atan2", ["double", "double"], "double"),
  pow: spec("ts_pow", ["double", "double"], "double"),
  max: variadic("max"),
  min: variadic("min"),
  hypot: variadic("hypot"),
};

export const mathConstants: Record<string, Expr> = {
  PI: C.num(Math.PI),
  E: C.num(Math.E),
  LN2: C.num(Math.LN2),
  LN10: C.num(Math.LN10),
  LOG2E: C.num(Math.LOG2E),
  LOG10E: C.num(Math.LOG10E),
  SQRT2: C.num(Math.SQRT2),
  SQRT1_2: C.num(Math.SQRT1_2),
};
