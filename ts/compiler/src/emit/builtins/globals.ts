/** Global functions (parseInt, String, ...) and constructors of the library (new Map, new Error, ...). */
import * as C from "../../cir/build";
import { Expr } from "../../cir/nodes";
import { settled, stringOf } from "../operands";
import { printTo } from "./console";
import { regexpConstructor } from "./regexp";
import { numberStatics } from "./number";
import { Builtin, Lowering } from "./spec";

/** isNaN(x), isFinite(x): on the number x converts to. */
function numberTest(test: string): Lowering {
  return (fe, c) => {
    const n = c.args[0] ? fe.expr(c.args[0]) : C.UNDEFINED;
    const d =
      n.t === "double"
        ? n
        : n.t === "str"
          ? C.call("ts_str_to_num", [fe.borrow(n)], "double")
          : C.call("ts_to_number", [fe.borrow(C.wrap(n))], "double");
    return C.call(test, [d], "bool");
  };
}

/** Functions called by their global name. */
export const globalFunctions: Record<string, Builtin> = {
  print: printTo("ts_console_log"),
  parseInt: numberStatics.parseInt,
  parseFloat: numberStatics.parseFloat,
  isNaN: numberTest("ts_is_nan"),
  isFinite: numberTest("ts_is_finite"),
  String: (fe, c) => (c.args.length ? stringOf(fe, fe.expr(c.args[0])) : fe.m.str("")),
  Number: (fe, c) => {
    if (!c.args.length) return C.num(0);
    const e = fe.expr(c.args[0]);
    if (e.t === "double") return e;
    if (e.t === "bool") return C.cond(e, C.num(1), C.num(0), "double");
    if (e.t === "str") return C.call("ts_str_to_num", [fe.borrow(e)], "double");
    return C.call("ts_to_number", [fe.borrow(e)], "double");
  },
  Boolean: (fe, c) => (c.args.length ? fe.truthy(c.args[0]) : C.FALSE),
  Array: (fe, c) => (c.args.length === 1 ? arrayOfLength(fe.arg(c.args[0], "double")) : undefined),
  RegExp: regexpConstructor,
};

const arrayOfLength = (n: Expr) => C.call("ts_arr_from_length", [n, C.UNDEFINED], "val", { owned: true });

/** The runtime's error classes (TsClass names), which `new`, `instanceof` and `extends` reach. */
export const errorClasses: Record<string, string> = {
  Error: "ts_error_class",
  TypeError: "ts_type_error_class",
  RangeError: "ts_range_error_class",
  SyntaxError: "ts_syntax_error_class",
  EvalError: "ts_eval_error_class",
  URIError: "ts_uri_error_class",
  ReferenceError: "ts_reference_error_class",
};

/** &ts_type_error_class for TypeError. */
export const errorClassRef = (name: string): Expr => C.addr(C.name(errorClasses[name], { named: "TsClass" }));

/** new TypeError(message, { cause }): the error records where it is created (the `new`). */
function newError(name: string): Lowering {
  return (fe, c) => {
    const { pre, items } = settled(
      fe,
      c.args.slice(0, 2).map((a) => fe.arg(a, "val")),
    );
    while (items.length < 2) items.push(C.UNDEFINED);
    const create = C.call("ts_error_create", [errorClassRef(name), ...items], "val", { owned: true });
    return C.after([...pre, fe.at(c.node)], create);
  };
}

/** `new X(...)` of the library's classes. */
export const constructors: Record<string, Lowering> = {
  Map: (fe, c) =>
    c.args[0]
      ? C.call("ts_map_new_from", [fe.arg(c.args[0], "val")], "val", { owned: true })
      : C.call("ts_map_new", [], "val", { owned: true }),
  Set: (fe, c) =>
    c.args[0]
      ? C.call("ts_set_new_from", [fe.arg(c.args[0], "val")], "val", { owned: true })
      : C.call("ts_set_new", [], "val", { owned: true }),
  RegExp: regexpConstructor,
  ...Object.fromEntries(Object.keys(errorClasses).map((name) => [name, newError(name)])),
  Array: (fe, c) => {
    if (c.args.length === 1 && fe.ctype(c.args[0]) === "double") return arrayOfLength(fe.arg(c.args[0], "double"));
    if (c.args.length === 0) return C.call("ts_arr_new", [C.int(0)], "val", { owned: true });
    return undefined;
  },
};
