/** Factory functions for the C IR: the emitter builds every node through these. */
import {
  ArrayLit,
  AssignOp,
  BinaryOp,
  Call,
  CType,
  Def,
  Expr,
  Field,
  Lit,
  Local,
  Name,
  Stmt,
  StrLit,
  SwitchCase,
  UnaryOp,
} from "./nodes";

/** Runtime functions (tsfw.h) with no side effects that cannot throw: reads, tests and arithmetic. */
const pureRuntime = new Set([
  "ts_arg",
  "ts_arr_length",
  "ts_fn_v",
  "ts_box_v",
  "ts_is_finite",
  "ts_is_nan",
  "ts_is_nullish",
  "ts_map_size",
  "ts_nan_to_undef",
  "ts_num_is_integer",
  "ts_num_is_undef",
  "ts_num_truthy",
  "ts_pow",
  "ts_rem",
  "ts_str_cmp",
  "ts_str_eq",
  "ts_str_length",
  "ts_str_to_num",
  "ts_str_truthy",
  "ts_strict_eq",
  "ts_truthy",
  "ts_typeof",
  "ts_unbox_bool",
  "ts_unbox_num",
  "ts_unbox_str",
]);

export const lit = (text: string, t: CType): Lit => ({ k: "lit", text, t, owned: false });

export const TRUE = lit("true", "bool");
export const FALSE = lit("false", "bool");
export const NULL = lit("NULL", "str");
export const UNDEFINED = lit("ts_undefined()", "val");
export const NULL_VALUE = lit("ts_null()", "val");
export const NAN = lit("(0.0 / 0.0)", "double");
export const INFINITY = lit("(1.0 / 0.0)", "double");
export const NEG_INFINITY = lit("(-1.0 / 0.0)", "double");

/** A JS number as a C double literal; a negative one is the negation of its literal. */
export function num(n: number): Expr {
  if (Number.isNaN(n)) return NAN;
  if (!Number.isFinite(n)) return n > 0 ? INFINITY : NEG_INFINITY;
  if (n < 0 || Object.is(n, -0)) return unary("-", num(-n), "double");
  const s = String(n);
  return lit(/[.e]/.test(s) ? s : `${s}.0`, "double");
}

/** A C int literal. */
export const int = (n: number): Lit => lit(String(n), "int");

export const bool = (b: boolean): Lit => (b ? TRUE : FALSE);

export const strlit = (bytes: number[]): StrLit => ({
  k: "strlit",
  bytes,
  t: { ptr: { named: "char" } },
  owned: false,
});

/** A C string literal of a JS string, as WTF-8. */
export const cstring = (s: string): StrLit => strlit(wtf8(s));

/** A name the emitter spells itself (runtime globals such as ts_error_class). */
export const name = (n: string, t: CType): Name => ({ k: "name", name: n, t, owned: false });

export const ref = (v: Local): Name => ({ k: "name", name: v.name, t: v.t, owned: false, local: v });

export const defRef = (d: Def): Name => ({
  k: "name",
  name: d.name,
  t: d.k === "data" ? d.t : { named: "function" },
  owned: false,
  def: d,
});

export interface CallOptions {
  owned?: boolean;
  pure?: boolean;
  mayThrow?: boolean;
  def?: Def;
}

export function call(fn: string, args: Expr[], t: CType, o: CallOptions = {}): Call {
  const pure = o.pure ?? pureRuntime.has(fn);
  return { k: "call", fn, args, t, owned: o.owned ?? false, pure, mayThrow: o.mayThrow ?? !pure, def: o.def };
}

/** A call of a generated function. */
export const callDef = (d: Def, args: Expr[], t: CType, owned = false): Call =>
  call(d.name, args, t, { owned, def: d });

/** A TsValue of a primitive or a string; a TsValue stays as it is. */
export function wrap(of: Expr): Expr {
  if (of.t === "val") return of;
  return { k: "wrap", of, t: "val", owned: of.t === "str" && of.owned };
}

export const temp = (of: Expr): Expr => ({ k: "temp", of, t: of.t, owned: false });

export const field = (of: Expr, member: string, t: CType, arrow = false): Field => ({
  k: "field",
  of,
  name: member,
  arrow,
  t,
  owned: false,
});

export const index = (of: Expr, i: Expr, t: CType): Expr => ({ k: "index", of, index: i, t, owned: false });

export const unary = (op: UnaryOp, of: Expr, t: CType, postfix = false): Expr => ({
  k: "unary",
  op,
  of,
  t,
  owned: false,
  postfix,
});

export const not = (e: Expr): Expr => unary("!", e, "bool");

export const addr = (e: Expr): Expr => unary("&", e, { ptr: e.t });

export const binary = (op: BinaryOp, left: Expr, right: Expr, t: CType): Expr => ({
  k: "binary",
  op,
  left,
  right,
  t,
  owned: false,
});

export const cond = (test: Expr, then: Expr, otherwise: Expr, t: CType, owned = false): Expr => ({
  k: "cond",
  test,
  then,
  else: otherwise,
  t,
  owned,
});

export const assign = (target: Expr, value: Expr, op: AssignOp = "="): Expr => ({
  k: "assign",
  op,
  target,
  value,
  t: target.t,
  owned: false,
});

/** (a, b, c): nested sequences are flattened; the value and its ownership are the last item's. */
export function seq(items: Expr[]): Expr {
  const flat = items.flatMap((e) => (e.k === "seq" ? e.items : [e]));
  if (flat.length === 1) return flat[0];
  const last = flat[flat.length - 1];
  return { k: "seq", items: flat, t: last.t, owned: last.owned };
}

/** A sequence with steps before a value: `(steps..., value)`, or the value alone. */
export const after = (steps: Expr[], value: Expr): Expr => (steps.length ? seq([...steps, value]) : value);

export const arrayLit = (elem: CType, items: Expr[]): ArrayLit => ({
  k: "array",
  elem,
  items,
  t: { ptr: elem, const: true },
  owned: false,
});

export const init = (items: Expr[]): Expr => ({ k: "init", items, t: "void", owned: false });

export const cast = (t: CType, of: Expr): Expr => ({ k: "cast", of, t, owned: false });

// ---------------------------------------------------------------- statements

export const decl = (v: Local, initial?: Expr): Stmt => ({ k: "decl", v, init: initial });
export const exprStmt = (e: Expr): Stmt => ({ k: "expr", e });
export const release = (v: Local): Stmt => ({ k: "release", v });
export const ifStmt = (test: Expr, then: Stmt[], otherwise?: Stmt[]): Stmt => ({
  k: "if",
  test,
  then,
  else: otherwise,
});
export const forStmt = (body: Stmt[], head: { init?: Stmt; test?: Expr; step?: Expr } = {}): Stmt => ({
  k: "for",
  ...head,
  body,
});
export const switchStmt = (on: Expr, cases: SwitchCase[]): Stmt => ({ k: "switch", on, cases });
export const block = (body: Stmt[]): Stmt => ({ k: "block", body });
export const gotoStmt = (label: string): Stmt => ({ k: "goto", label });
export const label = (n: string): Stmt => ({ k: "label", name: n });
export const breakStmt: Stmt = { k: "break" };
export const returnStmt = (value?: Expr): Stmt => ({ k: "return", value });
/** #line of the app's entry file, or of another of its files (named relative to the entry's folder). */
export const lineStmt = (line: number, file?: string): Stmt => (file ? { k: "line", line, file } : { k: "line", line });

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
