/** Library functions used as values (arr.map(Math.abs), xs.filter(Boolean)): bodies of their generic entries. */
import * as C from "../../cir/build";
import { Expr, Local, Stmt } from "../../cir/nodes";
import { EntryParams } from "../context";
import { mathUnary } from "./math";

type Body = (p: EntryParams) => Stmt[];

const arg = (p: EntryParams, i: number): Expr => C.call("ts_arg", [C.ref(p.argc), C.ref(p.argv), C.int(i)], "val");
const toNumber = (e: Expr): Expr => C.call("ts_to_number", [e], "double");
/** return e, as a TsValue. */
const returnValue = (e: Expr): Stmt[] => [C.returnStmt(C.wrap(e))];

/** f(x) on the number x converts to. */
const ofNumber =
  (fn: string, ret: "double" | "bool" = "double"): Body =>
  (p) =>
    returnValue(C.call(fn, [toNumber(arg(p, 0))], ret));

const ofTwoNumbers =
  (fn: string): Body =>
  (p) =>
    returnValue(C.call(fn, [toNumber(arg(p, 0)), toNumber(arg(p, 1))], "double"));

/** Number.isNaN(x) and its kin: false for anything that is not a number. */
const numberTest =
  (fn: string): Body =>
  (p) => {
    const a0: Local = { name: "a0", t: "val", owned: false };
    const isNumber = C.binary("==", C.field(C.ref(a0), "tag", "int"), C.lit("TS_NUMBER", "int"), "bool");
    const test = C.call(fn, [C.field(C.ref(a0), "u.num", "double")], "bool");
    return [C.decl(a0, arg(p, 0)), C.returnStmt(C.wrap(C.binary("&&", isNumber, test, "bool")))];
  };

/** parseFloat(x), parseInt(x, radix) on String(x). */
const parse =
  (float: boolean): Body =>
  (p) => {
    const s: Local = { name: "s", t: "str", owned: true };
    const r: Local = { name: "r", t: "double", owned: false };
    const radix = C.cond(C.binary(">", C.ref(p.argc), C.int(1), "bool"), toNumber(arg(p, 1)), C.NAN, "double");
    const parsed = float
      ? C.call("ts_parse_float", [C.ref(s)], "double")
      : C.call("ts_parse_int", [C.ref(s), radix], "double");
    return [
      C.decl(s, C.call("ts_to_string", [arg(p, 0)], "str", { owned: true })),
      C.decl(r, parsed),
      C.release(s),
      C.returnStmt(C.wrap(C.ref(r))),
    ];
  };

const variadic =
  (fn: string): Body =>
  (p) =>
    returnValue(C.call(fn, [C.ref(p.argc), C.ref(p.argv)], "double"));

/** The generic entries of library functions, by their qualified name. */
export const builtinValues: Record<string, Body> = {
  ...Object.fromEntries(mathUnary.map((n) => [`Math.${n}`, ofNumber(`ts_math_${n}`)])),
  "Math.pow": ofTwoNumbers("ts_pow"),
  "Math.atan2": ofTwoNumbers("ts_math_atan2"),
  "Math.imul": ofTwoNumbers("ts_math_imul"),
  "Math.max": variadic("ts_math_max_values"),
  "Math.min": variadic("ts_math_min_values"),
  "Math.hypot": variadic("ts_math_hypot_values"),
  Boolean: (p) => returnValue(C.call("ts_truthy", [arg(p, 0)], "bool")),
  Number: (p) => returnValue(C.cond(C.ref(p.argc), toNumber(arg(p, 0)), C.num(0), "double")),
  String: (p) => [
    C.returnStmt(
      C.cond(
        C.ref(p.argc),
        C.wrap(C.call("ts_to_string", [arg(p, 0)], "str", { owned: true })),
        C.wrap(C.call("ts_str_new", [C.cstring(""), C.int(0)], "str", { owned: true })),
        "val",
      ),
    ),
  ],
  isNaN: ofNumber("ts_is_nan", "bool"),
  isFinite: ofNumber("ts_is_finite", "bool"),
  "Number.isNaN": numberTest("ts_is_nan"),
  "Number.isFinite": numberTest("ts_is_finite"),
  "Number.isInteger": numberTest("ts_num_is_integer"),
  parseFloat: parse(true),
  "Number.parseFloat": parse(true),
  parseInt: parse(false),
  "Number.parseInt": parse(false),
};
