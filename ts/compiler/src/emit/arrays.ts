/**
 * Array elements as numbers. An array of numbers only keeps its elements as
 * doubles (tsfw.h, core/array.c); where an element is used as a number, the
 * read or the write takes the runtime's inline path for that representation,
 * which falls back to the general one for anything else (a hole, a string
 * written through a wider type, growing). An integer counter as the index
 * (analyze/counters.ts) is passed as the int64_t it is, and so is the
 * dividend of `i % 2`.
 */
import * as C from "../cir/build";
import { Expr } from "../cir/nodes";

/** The int64_t counter that e reads as a double, if it is one. */
export function counterIndex(e: Expr): Expr | undefined {
  return e.k === "cast" && typeof e.of.t === "object" && "named" in e.of.t && e.of.t.named === "int64_t"
    ? e.of
    : undefined;
}

/** ts_unbox_num(ts_arr_get(a, i)) as one inline read; undefined when e is not an element read. */
export function numberElement(e: Expr): Expr | undefined {
  if (e.k !== "call" || e.fn !== "ts_arr_get") return undefined;
  const [a, i] = e.args;
  const k = counterIndex(i);
  return k ? C.call("ts_arr_get_num_i", [a, k], "double") : C.call("ts_arr_get_num", [a, i], "double");
}

/** a[i] = v, a and i evaluated already; v is a double or a TsValue. */
export function elementWrite(a: Expr, i: Expr, v: Expr, boxed: () => Expr): Expr {
  if (v.t !== "double") return C.call("ts_arr_set", [a, i, boxed()], "void");
  const k = counterIndex(i);
  return k ? C.call("ts_arr_set_num_i", [a, k, v], "void") : C.call("ts_arr_set_num", [a, i, v], "void");
}

/** i % b for a counter i and an integer literal b > 0, on integers (ts_rem_i); else undefined. */
export function counterRemainder(a: Expr, b: Expr): Expr | undefined {
  const i = counterIndex(a);
  const d = b.k === "lit" ? Number(b.text) : NaN;
  if (!i || !(Number.isInteger(d) && d >= 1 && d <= 2147483647)) return undefined;
  return C.call("ts_rem_i", [i, C.int(d)], "double");
}

/** a.push(v) with one argument, a double or a TsValue. */
export function elementPush(a: Expr, v: Expr): Expr {
  return C.call(v.t === "double" ? "ts_arr_push_num" : "ts_arr_push", [a, v], "double");
}
