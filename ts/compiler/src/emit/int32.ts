/**
 * Bit operators on int32 values. `a & b`, `|`, `^`, `<<`, `>>`, `>>>` and `~` convert their
 * operands with ToInt32 (or ToUint32) and give an int32 (`>>>`: a uint32). An operand that is
 * already one (the result of another bit operator, an integer counter, an integer literal) is
 * used as it is, so that `(h ^ (i & 0xff)) >>> 7` is C integer arithmetic without a conversion
 * through double between the operators; any other operand goes through ts_i32 (the inline
 * ToInt32). The result is a double where a number is wanted: `(double)(...)`.
 */
import ts from "typescript";
import * as C from "../cir/build";
import { CType, Expr } from "../cir/nodes";
import { counterIndex } from "./arrays";

const K = ts.SyntaxKind;
export const I32: CType = { named: "int32_t" };
export const I64: CType = { named: "int64_t" };

export const isNamed = (t: CType, name: string): boolean => typeof t === "object" && "named" in t && t.named === name;

/** e (a double) as an int32 C expression: ToInt32(e). */
function int32Of(e: Expr): Expr {
  if (e.k === "cast" && e.t === "double") {
    if (isNamed(e.of.t, "int32_t")) return e.of;
    if (e.of.t === "uint32") return C.cast(I32, e.of);
  }
  const k = counterIndex(e);
  if (k) return C.cast(I32, C.cast("uint32", k)); // an int64_t: its low 32 bits, as ToInt32 takes them
  if (e.k === "lit" && e.t === "double") {
    const v = Number(e.text);
    if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return C.lit(String(v), I32);
  }
  return C.call("ts_i32", [e], I32, { mayThrow: false, pure: true });
}

const bitwise: Partial<Record<ts.SyntaxKind, "&" | "|" | "^">> = {
  [K.AmpersandToken]: "&",
  [K.BarToken]: "|",
  [K.CaretToken]: "^",
};
const shifts: Partial<Record<ts.SyntaxKind, { fn: string; t: CType }>> = {
  [K.LessThanLessThanToken]: { fn: "ts_shl_i", t: I32 },
  [K.GreaterThanGreaterThanToken]: { fn: "ts_sar_i", t: I32 },
  [K.GreaterThanGreaterThanGreaterThanToken]: { fn: "ts_shr_i", t: "uint32" },
};

export const isBitOp = (op: ts.SyntaxKind): boolean => op in bitwise || op in shifts;

/** a op b for a bit operator or shift on doubles, as a double; undefined for another operator. */
export function bitOp(op: ts.SyntaxKind, a: Expr, b: Expr): Expr | undefined {
  const c = bitwise[op];
  const s = shifts[op];
  if (c) {
    const x = int32Of(a);
    // x | 0, x ^ 0: ToInt32(x)
    const y = int32Of(b);
    const zero = y.k === "lit" && y.text === "0" && (c === "|" || c === "^");
    return C.cast("double", zero ? x : C.binary(c, x, y, I32));
  }
  if (s) return C.cast("double", C.call(s.fn, [int32Of(a), int32Of(b)], s.t, { mayThrow: false, pure: true }));
  return undefined;
}

/** ~a on a double, as a double. */
export function bitNot(a: Expr): Expr {
  return C.cast("double", C.unary("~", int32Of(a), I32));
}

/**
 * The same value as the double e as a C integer, when it is one already: an integer counter, the
 * int32 or uint32 result of a bit operator, an integer literal.
 */
function integerOf(e: Expr): Expr | undefined {
  if (e.k === "cast" && e.t === "double") {
    if (isNamed(e.of.t, "int32_t")) return e.of;
    // as int64_t: C would compare a uint32 with an int32 as unsigned
    if (e.of.t === "uint32") return C.cast({ named: "int64_t" }, e.of);
  }
  const k = counterIndex(e);
  if (k) return k;
  if (e.k === "lit" && e.t === "double") {
    const v = Number(e.text);
    if (Number.isSafeInteger(v)) return C.lit(String(v), { named: "int64_t" });
  }
  return undefined;
}

/**
 * a op b on two doubles for a comparison or an equality: on the integers themselves when both are
 * integers already and one is not a literal (`i < 50` on a counter needs no conversion), else on
 * the doubles.
 */
export function numberCompare(op: "<" | ">" | "<=" | ">=" | "==", a: Expr, b: Expr): Expr {
  const x = integerOf(a);
  const y = integerOf(b);
  if (x && y && !(x.k === "lit" && y.k === "lit")) return C.binary(op, x, y, "bool");
  return C.binary(op, a, b, "bool");
}

/** A double known to hold an integer of int32's range (analyze/integers.ts) as the int32_t it is: `(double)x` is x. */
export function asInt32(e: Expr): Expr {
  if (e.k === "lit" && e.t === "double") return C.lit(String(Number(e.text)), I32);
  if (e.k === "cast" && e.t === "double" && isNamed(e.of.t, "int32_t")) return e.of;
  return C.cast(I32, e.k === "cast" && e.t === "double" && isNamed(e.of.t, "int64_t") ? e.of : e);
}
