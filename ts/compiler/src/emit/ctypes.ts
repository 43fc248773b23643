import ts from "typescript";

/**
 * The four C representations of TypeScript values (see tsfw.h):
 * double for numbers, bool for booleans, TsString * for strings, TsValue for the rest.
 */
export type CType = "double" | "bool" | "str" | "val";

export const cTypeName: Record<CType, string> = { double: "double", bool: "bool", str: "TsString *", val: "TsValue" };

/** A C declarator: `double x`, `TsString *s`. */
export function cDecl(t: CType, name: string): string {
  return t === "str" ? `TsString *${name}` : `${cTypeName[t]} ${name}`;
}

/** A C expression with its representation and whether the expression owns a reference. */
export interface CExpr {
  code: string;
  t: CType;
  owned: boolean;
  /** A call with no result: usable as a statement, or as undefined. */
  isVoid?: boolean;
}

export const isHeap = (t: CType) => t === "str" || t === "val";

const F = ts.TypeFlags;

export function ctypeOf(t: ts.Type): CType {
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
export function returnCType(t: ts.Type): CType | "void" {
  if (t.flags & (F.Void | F.Undefined | F.Never)) return "void";
  return ctypeOf(t);
}

/** Wraps a primitive representation into a TsValue (ownership is unchanged). */
export function toVal(e: CExpr): CExpr {
  switch (e.t) {
    case "val":
      return e;
    case "double":
      return { code: `ts_num(${e.code})`, t: "val", owned: false };
    case "bool":
      return { code: `ts_bool(${e.code})`, t: "val", owned: false };
    case "str":
      return { code: `ts_str_v(${e.code})`, t: "val", owned: e.owned };
  }
}

export function zeroOf(t: CType): string {
  switch (t) {
    case "double":
      return "0";
    case "bool":
      return "false";
    case "str":
      return "NULL";
    case "val":
      return "ts_undefined()";
  }
}

/** JS number literal as a C double literal. */
export function cDouble(n: number): string {
  if (Number.isNaN(n)) return "(0.0 / 0.0)";
  if (!Number.isFinite(n)) return n > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
  if (Object.is(n, -0)) return "-0.0";
  const s = String(n);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** Encodes a JS string (UTF-16) as WTF-8 bytes; lone surrogates keep their 3-byte form. */
export function wtf8(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** A C string literal for the given bytes: printable ASCII stays readable. */
export function cStringLiteral(bytes: number[]): string {
  let s = '"';
  for (const b of bytes) {
    if (b === 0x22) s += '\\"';
    else if (b === 0x5c) s += "\\\\";
    else if (b === 0x0a) s += "\\n";
    else if (b === 0x09) s += "\\t";
    else if (b === 0x3f)
      s += "\\?"; // no trigraphs
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += "\\" + b.toString(8).padStart(3, "0");
  }
  return s + '"';
}
