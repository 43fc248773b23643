/**
 * Array elements as numbers, strings and booleans. An array of numbers only
 * keeps its elements as doubles, one of strings only as string pointers and
 * one of booleans only as bytes (tsfw.h, core/array.c); where an element is
 * used as a number, a string or a boolean, the read or the write takes the
 * runtime's inline path for that representation, which falls back to the
 * general one for anything else (a hole, a value of another type written
 * through a wider type, growing). An integer counter as the index
 * (analyze/counters.ts) is passed as the int64_t it is, or `i + 1` as an
 * int64_t sum, and so is the dividend of `i % 2`.
 */
import * as C from "../cir/build";
import { Expr } from "../cir/nodes";

/** An int32 integer literal's value, if e is one. */
function smallInt(e: Expr): number | undefined {
  const v = e.k === "lit" && e.t === "double" ? Number(e.text) : NaN;
  return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? v : undefined;
}

/**
 * e as an int64_t when it is a C integer read as a double (`(double)i`: an integer counter, an
 * int32_t variable or integer arithmetic, emit/integers.ts), or a counter plus or minus an int32
 * literal (`i + 1`): the same value, since a counter stays far below 2^53.
 */
export function counterIndex(e: Expr): Expr | undefined {
  const named = e.k === "cast" && typeof e.of.t === "object" && "named" in e.of.t ? e.of.t.named : undefined;
  if (e.k === "cast" && named === "int64_t") return e.of;
  if (e.k === "cast" && named === "int32_t") return C.cast({ named: "int64_t" }, e.of);
  if (e.k !== "binary" || (e.op !== "+" && e.op !== "-") || e.t !== "double") return undefined;
  const I64 = { named: "int64_t" };
  const r = smallInt(e.right);
  const left = r === undefined ? undefined : counterIndex(e.left);
  if (left) return C.binary(e.op, left, C.lit(String(r), I64), I64);
  const l = e.op === "+" ? smallInt(e.left) : undefined;
  const right = l === undefined ? undefined : counterIndex(e.right);
  return right ? C.binary("+", C.lit(String(l), I64), right, I64) : undefined;
}

/**
 * a[i] read as a TsValue (borrowed): inline for an array of values (objects, unions) when t is "val".
 * at is the position (a TsLoc's address) an error names: a not an array.
 */
export function elementRead(a: Expr, i: Expr, t: string, at: Expr): Expr {
  if (t !== "val") return C.call("ts_arr_get_at", [a, i, at], "val");
  const k = counterIndex(i);
  return k ? C.call("ts_arr_get_val_i", [a, k, at], "val") : C.call("ts_arr_get_val", [a, i, at], "val");
}

/** The array, the index (a double) and the position of an element read, or undefined when e is not one. */
function elementOf(e: Expr): [Expr, Expr, Expr] | undefined {
  if (e.k !== "call") return undefined;
  if (e.fn === "ts_arr_get_at" || e.fn === "ts_arr_get_val") return [e.args[0], e.args[1], e.args[2]];
  if (e.fn === "ts_arr_get_val_i") return [e.args[0], C.cast("double", e.args[1]), e.args[2]];
  return undefined;
}

/** The runtime's name for the elements of representation t, if it has an unboxed array for them. */
const unboxed: Partial<Record<string, string>> = { double: "num", str: "str", bool: "bool" };

/**
 * ts_unbox_num(ts_arr_get(a, i)) (or _str, _bool for to = "str", "bool") as one inline read;
 * undefined when e is not an element read. A string read is borrowed, as ts_arr_get's value is.
 */
export function unboxedElement(e: Expr, to: "double" | "str" | "bool"): Expr | undefined {
  const el = elementOf(e);
  if (!el) return undefined;
  const [a, i, at] = el;
  const k = counterIndex(i);
  const fn = `ts_arr_get_${unboxed[to]}`;
  return k ? C.call(`${fn}_i`, [a, k, at], to) : C.call(fn, [a, i, at], to);
}

/** ts_truthy(ts_arr_get(a, i)) of a boolean element as one inline test; undefined when e is not an element read. */
export function elementTest(e: Expr): Expr | undefined {
  const el = elementOf(e);
  if (!el) return undefined;
  const [a, i, at] = el;
  const k = counterIndex(i);
  return k ? C.call("ts_arr_test_i", [a, k, at], "bool") : C.call("ts_arr_test", [a, i, at], "bool");
}

export function numberElement(e: Expr): Expr | undefined {
  return unboxedElement(e, "double");
}

/** a[i] = v at position at, a and i evaluated already; v is a double, a bool, a borrowed string or a TsValue. */
export function elementWrite(a: Expr, i: Expr, v: Expr, boxed: () => Expr, at: Expr): Expr {
  const kind = typeof v.t === "string" ? unboxed[v.t] : undefined;
  if (!kind) return C.call("ts_arr_set_at", [a, i, boxed(), at], "void");
  const k = counterIndex(i);
  const fn = `ts_arr_set_${kind}`;
  return k ? C.call(`${fn}_i`, [a, k, v, at], "void") : C.call(fn, [a, i, v, at], "void");
}

/** i % b for a counter i and an integer literal b > 0, on integers (ts_rem_i); else undefined. */
export function counterRemainder(a: Expr, b: Expr): Expr | undefined {
  const i = counterIndex(a);
  const d = b.k === "lit" ? Number(b.text) : NaN;
  if (!i || !(Number.isInteger(d) && d >= 1 && d <= 2147483647)) return undefined;
  return C.call("ts_rem_i", [i, C.int(d)], "double", { mayThrow: false, pure: true });
}

/** a.push(v) with one argument, a double, a bool, a borrowed string or a TsValue. */
export function elementPush(a: Expr, v: Expr): Expr {
  const kind = typeof v.t === "string" ? unboxed[v.t] : undefined;
  return C.call(kind ? `ts_arr_push_${kind}` : "ts_arr_push", [a, v], "double");
}
