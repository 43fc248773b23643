/**
 * Array elements as numbers. An array of numbers only keeps its elements as
 * doubles (tsfw.h, core/array.c); where an element is used as a number, the
 * read or the write takes the runtime's inline path for that representation,
 * which falls back to the general one for anything else (a hole, a string
 * written through a wider type, growing).
 */
import * as C from "../cir/build";
import { Expr } from "../cir/nodes";

/** ts_unbox_num(ts_arr_get(a, i)) as one inline read; undefined when e is not an element read. */
export function numberElement(e: Expr): Expr | undefined {
  return e.k === "call" && e.fn === "ts_arr_get" ? C.call("ts_arr_get_num", e.args, "double") : undefined;
}

/** a[i] = v, a and i evaluated already; v is a double or a TsValue. */
export function elementWrite(a: Expr, i: Expr, v: Expr, boxed: () => Expr): Expr {
  if (v.t === "double") return C.call("ts_arr_set_num", [a, i, v], "void");
  return C.call("ts_arr_set", [a, i, boxed()], "void");
}

/** a.push(v) with one argument, a double or a TsValue. */
export function elementPush(a: Expr, v: Expr): Expr {
  return C.call(v.t === "double" ? "ts_arr_push_num" : "ts_arr_push", [a, v], "double");
}
