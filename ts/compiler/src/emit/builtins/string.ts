/** String.prototype and String's static methods. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Repr } from "../../cir/nodes";
import { FunctionContext, valArray } from "../context";
import { argvOf, callWithArgv, ordered } from "../operands";
import { stringPatternMethods } from "./regexp";
import { Builtin, BuiltinCall, Lowering, d0, dInf, fromSpec, methodFromSpec, sNull, spec, vU } from "./spec";

const split = spec("ts_str_split", [vU, dInf], "val");
const splitText: Lowering = (fe, c) =>
  c.args[0]
    ? fromSpec(fe, { ...split, params: ["val", dInf] }, c.args, c.recv("str"))
    : methodFromSpec(fe, split, c, "str");

/** Methods on strings; the receiver is the TsString *. */
export const stringMethods: Record<string, Builtin> = {
  charAt: spec("ts_str_char_at", [d0], "str"),
  charCodeAt: spec("ts_str_char_code_at", [d0], "double"),
  codePointAt: (fe, c) =>
    C.call(
      "ts_nan_to_undef",
      [methodFromSpec(fe, spec("ts_str_code_point_at_or_nan", [d0], "double"), c, "str")],
      "val",
    ),
  indexOf: spec("ts_str_index_of", ["str", d0], "double"),
  lastIndexOf: spec("ts_str_last_index_of", ["str", dInf], "double"),
  includes: spec("ts_str_includes", ["str", d0], "bool"),
  startsWith: spec("ts_str_starts_with", ["str", d0], "bool"),
  endsWith: spec("ts_str_ends_with", ["str", dInf], "bool"),
  slice: spec("ts_str_slice", [d0, dInf], "str"),
  substring: spec("ts_str_substring", [d0, dInf], "str"),
  substr: spec("ts_str_substr", [d0, dInf], "str"),
  trim: spec("ts_str_trim", [], "str"),
  trimStart: spec("ts_str_trim_start", [], "str"),
  trimEnd: spec("ts_str_trim_end", [], "str"),
  toUpperCase: spec("ts_str_to_upper", [], "str"),
  toLowerCase: spec("ts_str_to_lower", [], "str"),
  toLocaleUpperCase: spec("ts_str_to_upper", [], "str"),
  toLocaleLowerCase: spec("ts_str_to_lower", [], "str"),
  // split, replace, replaceAll, match, matchAll and search, with a string or a RegExp
  ...stringPatternMethods({
    split: splitText,
    replace: spec("ts_str_replace", ["str", "str"], "str"),
    replaceAll: spec("ts_str_replace_all", ["str", "str"], "str"),
  }),
  repeat: spec("ts_str_repeat", [d0], "str"),
  padStart: spec("ts_str_pad_start", [d0, sNull], "str"),
  padEnd: spec("ts_str_pad_end", [d0, sNull], "str"),
  at: spec("ts_str_at", [d0], "str"),
  localeCompare: spec("ts_str_locale_compare", ["str"], "double"),
  concat: (fe, c) => {
    const r = c.recv("str");
    return callWithArgv("ts_str_concat_values", [r], argvOf(fe, c.args), "str", { owned: true });
  },
  toString: (fe: FunctionContext, c: BuiltinCall) => fe.convert(fe.expr(c.recvNode!), "str"),
  valueOf: (fe: FunctionContext, c: BuiltinCall) => fe.convert(fe.expr(c.recvNode!), "str"),
};

/** String.fromCharCode(...codes) and String.fromCodePoint(...codes). */
function fromCodes(points: boolean): Lowering {
  return (fe, c) => {
    if (c.args.some(ts.isSpreadElement))
      return callWithArgv("ts_str_from_codes_values", [C.lit(String(points), "bool")], argvOf(fe, c.args), "str", {
        owned: true,
      });
    const { pre, items } = ordered(
      fe,
      c.args.map((a) => ({ node: a, t: "double" as Repr })),
    );
    const fn = points ? "ts_str_from_code_point" : "ts_str_from_char_code";
    return C.after(pre, C.call(fn, [C.int(items.length), valArray(items, "double")], "str", { owned: true }));
  };
}

export const stringStatics: Record<string, Builtin> = {
  fromCharCode: fromCodes(false),
  fromCodePoint: fromCodes(true),
  raw: (fe, c) => callWithArgv("ts_str_raw", [], argvOf(fe, c.args), "str", { owned: true }),
};
