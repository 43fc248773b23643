/** Number.prototype, Boolean.prototype and Number's static members. */
import * as C from "../../cir/build";
import { Expr } from "../../cir/nodes";
import { FunctionContext } from "../context";
import { Builtin, BuiltinCall, Lowering, dNaN, d0, spec } from "./spec";

/** Methods on numbers; the receiver is the double. */
export const numberMethods: Record<string, Builtin> = {
  toString: (fe: FunctionContext, c: BuiltinCall) => {
    const n = c.recv("double");
    if (!c.args.length) return C.call("ts_num_to_str", [n], "str", { owned: true });
    return C.call("ts_num_to_string_radix", [n, fe.arg(c.args[0], "double")], "str", { owned: true });
  },
  toFixed: spec("ts_num_to_fixed", [d0], "str"),
  toPrecision: spec("ts_num_to_precision", [dNaN], "str"),
};

export const booleanMethods: Record<string, Builtin> = {
  toString: (_fe: FunctionContext, c: BuiltinCall) => C.call("ts_bool_to_str", [c.recv("bool")], "str"),
};

/** Number.isNaN(x) and its kin: false for anything that is not a number. */
function numberTest(test: string): Lowering {
  return (fe, c) => {
    if (fe.ctype(c.args[0]) === "double") return C.call(test, [fe.arg(c.args[0], "double")], "bool");
    const v = fe.scratch("val");
    const isNumber = C.binary(
      "==",
      C.field(C.assign(v, fe.arg(c.args[0], "val")), "tag", "int"),
      C.lit("TS_NUMBER", "int"),
      "bool",
    );
    return C.binary("&&", isNumber, C.call(test, [C.field(v, "u.num", "double")], "bool"), "bool");
  };
}

export const numberStatics: Record<string, Builtin> = {
  isFinite: numberTest("ts_is_finite"),
  isNaN: numberTest("ts_is_nan"),
  isInteger: numberTest("ts_num_is_integer"),
  isSafeInteger: spec("ts_num_is_safe_integer", ["double"], "bool"),
  parseFloat: spec("ts_parse_float", ["str"], "double"),
  parseInt: spec("ts_parse_int", ["str", dNaN], "double"),
};

export const numberConstants: Record<string, Expr> = {
  MAX_SAFE_INTEGER: C.lit("9007199254740991.0", "double"),
  MIN_SAFE_INTEGER: C.unary("-", C.lit("9007199254740991.0", "double"), "double"),
  EPSILON: C.lit("2.220446049250313e-16", "double"),
  MAX_VALUE: C.lit("1.7976931348623157e+308", "double"),
  MIN_VALUE: C.lit("5e-324", "double"),
  POSITIVE_INFINITY: C.INFINITY,
  NEGATIVE_INFINITY: C.NEG_INFINITY,
  NaN: C.NAN,
};
