/** The C representation of TypeScript types (see tsfw.h and cir/nodes.ts). */
import ts from "typescript";
import { Repr } from "../cir/nodes";

const F = ts.TypeFlags;

/** double for numbers, bool for booleans, TsString * for strings, TsValue for the rest. */
export function ctypeOf(t: ts.Type): Repr {
  if (t.flags & F.NumberLike) return "double";
  if (t.flags & F.BooleanLike) return "bool";
  if (t.flags & F.StringLike) return "str";
  if (t.isUnion()) {
    const parts = t.types.map(ctypeOf);
    if (parts.every((p) => p === parts[0]) && t.types.every((m) => !(m.flags & (F.Undefined | F.Null | F.Void))))
      return parts[0];
  }
  if (t.isIntersection()) {
    // branded primitives such as `string & { __brand: 1 }`
    for (const m of t.types) {
      const c = ctypeOf(m);
      if (c !== "val") return c;
    }
  }
  if (t.flags & F.TypeParameter) {
    const c = t.getConstraint();
    return c ? ctypeOf(c) : "val";
  }
  return "val";
}

/** The representation a function's result uses: void when it returns nothing. */
export function returnCType(t: ts.Type): Repr | "void" {
  if (t.flags & (F.Void | F.Undefined | F.Never)) return "void";
  return ctypeOf(t);
}
