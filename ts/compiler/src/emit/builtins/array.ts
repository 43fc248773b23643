/** Array.prototype and Array's static methods. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Repr } from "../../cir/nodes";
import { argvOf, callWithArgv, hasSideEffects, ordered } from "../operands";
import { elementPush } from "../arrays";
import { Builtin, Lowering, d0, dInf, methodFromSpec, sNull, spec, vU } from "./spec";
import { FunctionContext } from "../context";
import { isLibSymbol } from "../../lib/symbols";

/** push(x) appends one value; push(...) and unshift(...) take an argument array. */
function pushOrUnshift(fn: string): Lowering {
  return (fe, c) => {
    const r = c.recv("val");
    if (fn === "ts_arr_push_n" && c.args.length === 1 && !ts.isSpreadElement(c.args[0])) {
      const v = fe.as(c.args[0], fe.ctype(c.args[0]));
      // a fresh object (a literal, `new`, a call's result) is handed over to the array
      if (v.owned && v.t === "val") return C.call("ts_arr_push_moved", [r, fe.borrow(v)], "double");
      return elementPush(r, fe.borrow(v));
    }
    return callWithArgv(fn, [r], argvOf(fe, c.args), "double");
  };
}

function reduce(fn: string): Lowering {
  return (fe, c) => {
    const r = c.recv("val");
    const { pre, items } = ordered(
      fe,
      c.args.map((a) => ({ node: a, t: "val" as Repr })),
    );
    const call = C.call(fn, [r, items[0], C.int(c.args.length > 1 ? 1 : 0), items[1] ?? C.UNDEFINED], "val", {
      owned: true,
    });
    return C.after(pre, call);
  };
}

const fillSpec = spec("ts_arr_fill", ["val", d0, dInf], "val");

/** n of `new Array(n)` or `Array(n)` (the library's Array, one number argument). */
function lengthOfNewArray(fe: FunctionContext, e: ts.Expression | undefined): ts.Expression | undefined {
  while (e && ts.isParenthesizedExpression(e)) e = e.expression;
  if (!e || !(ts.isNewExpression(e) || ts.isCallExpression(e)) || e.arguments?.length !== 1) return undefined;
  const sym = fe.checker.getSymbolAtLocation(e.expression);
  const n = e.arguments[0];
  const isArray = ts.isIdentifier(e.expression) && e.expression.text === "Array" && !!sym && isLibSymbol(sym);
  return isArray && !ts.isSpreadElement(n) && fe.ctype(n) === "double" ? n : undefined;
}

/** Methods on arrays (and tuples); the receiver is the TsValue. */
export const arrayMethods: Record<string, Builtin> = {
  push: pushOrUnshift("ts_arr_push_n"),
  unshift: pushOrUnshift("ts_arr_unshift"),
  pop: spec("ts_arr_pop", [], "val"),
  shift: spec("ts_arr_shift", [], "val"),
  concat: (fe, c) => {
    const r = c.recv("val");
    return callWithArgv("ts_arr_concat", [r], argvOf(fe, c.args), "val", { owned: true });
  },
  splice: (fe, c) => {
    const r = c.recv("val");
    const [a0, a1] = c.args;
    const start = a0 ? fe.arg(a0, "double") : C.num(0);
    const del = a1 ? fe.arg(a1, "double") : a0 ? C.INFINITY : C.num(0);
    const rest = c.args.slice(2);
    const a = argvOf(fe, rest);
    const call = C.call(
      "ts_arr_splice",
      [r, start, del, rest.length ? a.argc : C.int(0), rest.length ? a.argv : C.NULL],
      "val",
      { owned: true },
    );
    return C.after(a.pre, call);
  },
  reduce: reduce("ts_arr_reduce"),
  reduceRight: reduce("ts_arr_reduce_right"),
  slice: spec("ts_arr_slice", [d0, dInf], "val"),
  indexOf: spec("ts_arr_index_of", ["val", d0], "double"),
  lastIndexOf: spec("ts_arr_last_index_of", ["val", dInf], "double"),
  includes: spec("ts_arr_includes", ["val"], "bool"),
  join: spec("ts_arr_join", [sNull], "str"),
  reverse: spec("ts_arr_reverse", [], "val"),
  fill: (fe, c) => {
    // new Array(n).fill(v): made filled, in v's representation (no n holes first)
    const n = lengthOfNewArray(fe, c.recvNode);
    // (a value with side effects runs after a bad length's RangeError in node: not made at once)
    if (!n || c.args.length !== 1 || c.optional || hasSideEffects(c.args[0]))
      return methodFromSpec(fe, fillSpec, c, "val");
    const o = ordered(fe, [
      { node: n, t: "double" },
      { node: c.args[0], t: "val" },
    ]);
    return C.after(o.pre, C.call("ts_arr_new_filled", o.items, "val", { owned: true }));
  },
  map: spec("ts_arr_map", ["val"], "val"),
  filter: spec("ts_arr_filter", ["val"], "val"),
  forEach: spec("ts_arr_for_each", ["val"], "void"),
  sort: spec("ts_arr_sort", [vU], "val"),
  find: spec("ts_arr_find", ["val"], "val"),
  findIndex: spec("ts_arr_find_index", ["val"], "double"),
  findLast: spec("ts_arr_find_last", ["val"], "val"),
  findLastIndex: spec("ts_arr_find_last_index", ["val"], "double"),
  some: spec("ts_arr_some", ["val"], "bool"),
  every: spec("ts_arr_every", ["val"], "bool"),
  flat: spec("ts_arr_flat", [{ t: "double", dflt: C.num(1) }], "val"),
  flatMap: spec("ts_arr_flat_map", ["val"], "val"),
  at: spec("ts_arr_at", [d0], "val", false),
  entries: spec("ts_arr_entries", [], "val"),
  keys: spec("ts_arr_keys", [], "val"),
  values: spec("ts_arr_slice", [d0, dInf], "val"),
  toString: spec("ts_arr_join", [sNull], "str"),
};

export const arrayStatics: Record<string, Builtin> = {
  isArray: spec("ts_is_array", ["val"], "bool"),
  of: (fe, c) => callWithArgv("ts_arr_of", [], argvOf(fe, c.args), "val", { owned: true }),
  from: (fe, c) => {
    const [src, mapFn] = c.args;
    const fn = mapFn ? fe.arg(mapFn, "val") : C.UNDEFINED;
    if (ts.isObjectLiteralExpression(src) && src.properties.length === 1) {
      const p = src.properties[0];
      if (ts.isPropertyAssignment(p) && p.name.getText() === "length")
        return C.call("ts_arr_from_length", [fe.arg(p.initializer, "double"), fn], "val", { owned: true });
    }
    const from = C.call("ts_arr_from", [fe.arg(src, "val")], "val", { owned: true });
    if (!mapFn) return from;
    return C.call("ts_arr_map", [fe.borrow(from), fn], "val", { owned: true });
  },
};
