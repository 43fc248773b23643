/**
 * A small typed C IR: what the emitter builds, and what the printer turns into text once, at the end.
 *
 * Expressions carry their C type and whether their value is owned (a +1 reference the consumer must
 * release or store). Calls say whether they may throw and whether they are pure. Statements hold
 * blocks of statements; locals are objects, so a declaration, its uses and its release are the same
 * `Local`. Top-level definitions are objects too: a name that refers to one points at it, and dead
 * definitions are removed by walking those references.
 */

/** The four representations of JavaScript values (tsfw.h): double, bool, TsString *, TsValue. */
export type Repr = "double" | "bool" | "str" | "val";

/**
 * A C type: a value representation, a C scalar the scaffolding needs, a pointer, or a named type
 * (runtime structs such as TsPropCache). New representations (int32 counters, struct pointers for
 * class instances, typed-array element pointers) are new members here.
 */
export type CType =
  | Repr
  | "void"
  | "int"
  | "size_t"
  | "uint32"
  | "box"
  /** A pointer; `const` for a pointer to read-only data (const TsValue *). */
  | { ptr: CType; const?: boolean }
  /** A pointer to a function: a member of a class's method table. */
  | { fn: CType; params: CType[] }
  /** A named type; def when the module defines it (a struct it must print first). */
  | { named: string; def?: Struct };

export const isHeap = (t: CType): t is "str" | "val" => t === "str" || t === "val";

interface Base {
  t: CType;
  /** The value is a reference the consumer must release or store (heap types only). */
  owned: boolean;
}

/** A constant spelled as C text: 1.0, true, NULL, ts_undefined(). */
export interface Lit extends Base {
  k: "lit";
  text: string;
}

/** A C string literal of the given bytes (split into adjacent literals when long). */
export interface StrLit extends Base {
  k: "strlit";
  bytes: number[];
}

/** A local or a top-level definition. */
export interface Name extends Base {
  k: "name";
  name: string;
  /** The definition this name refers to, for top-level names. */
  def?: Def;
  local?: Local;
}

export interface Call extends Base {
  k: "call";
  fn: string;
  args: Expr[];
  /** The definition called, for generated functions. */
  def?: Def;
  /** The call can raise a JavaScript error (TypeError, a throw in called code, ...). */
  mayThrow: boolean;
  /** No side effects: the call may be dropped or repeated. */
  pure: boolean;
}

/** A TsValue holding a double, a bool or a string: ts_num, ts_bool, ts_str_v (ownership unchanged). */
export interface Wrap extends Base {
  k: "wrap";
  of: Expr;
}

/** An owned value pushed on the temporary stack (ts_tmp, ts_tmp_str): borrowed until ts_tmp_release. */
export interface Temp extends Base {
  k: "temp";
  of: Expr;
}

export interface Field extends Base {
  k: "field";
  of: Expr;
  /** Member path, possibly dotted (u.num). */
  name: string;
  arrow: boolean;
}

export interface Index extends Base {
  k: "index";
  of: Expr;
  index: Expr;
}

export type UnaryOp = "!" | "-" | "~" | "&" | "*" | "++" | "--";
export interface Unary extends Base {
  k: "unary";
  op: UnaryOp;
  of: Expr;
  /** x++ rather than ++x (++ and -- only). */
  postfix: boolean;
}

export type BinaryOp =
  "+" | "-" | "*" | "/" | "%" | "&" | "|" | "^" | "==" | "!=" | "<" | ">" | "<=" | ">=" | "&&" | "||";
export interface Binary extends Base {
  k: "binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

export interface Cond extends Base {
  k: "cond";
  test: Expr;
  then: Expr;
  else: Expr;
}

export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=";
export interface Assign extends Base {
  k: "assign";
  op: AssignOp;
  target: Expr;
  value: Expr;
}

/** (a, b, c): evaluated in order, the value is the last item's. */
export interface Seq extends Base {
  k: "seq";
  items: Expr[];
}

/** A compound literal array, (const TsValue[]){ a, b }; elements are const. */
export interface ArrayLit extends Base {
  k: "array";
  elem: CType;
  items: Expr[];
}

/** A brace initialiser of static data, { a, b }. */
export interface Init extends Base {
  k: "init";
  items: Expr[];
}

export interface Cast extends Base {
  k: "cast";
  of: Expr;
}

export type Expr =
  | Lit
  | StrLit
  | Name
  | Call
  | Wrap
  | Temp
  | Field
  | Index
  | Unary
  | Binary
  | Cond
  | Assign
  | Seq
  | ArrayLit
  | Init
  | Cast;

/** A local variable of a generated function. */
export interface Local {
  name: string;
  t: CType;
  /** Holds a reference that the function releases when the variable's scope ends. */
  owned: boolean;
  /** Read after a throw lands in a try statement of its function that it was assigned in (C99 7.13.2.1). */
  volatile?: boolean;
}

export type Stmt =
  | { k: "decl"; v: Local; init?: Expr }
  | { k: "expr"; e: Expr }
  /** Drops an owned local's reference: at the end of its scope, or before a jump out of it. */
  | { k: "release"; v: Local }
  | { k: "if"; test: Expr; then: Stmt[]; else?: Stmt[] }
  | { k: "for"; init?: Stmt; test?: Expr; step?: Expr; body: Stmt[] }
  | { k: "switch"; on: Expr; cases: SwitchCase[] }
  | { k: "block"; body: Stmt[] }
  | { k: "goto"; label: string }
  | { k: "label"; name: string }
  | { k: "break" }
  | { k: "return"; value?: Expr }
  /** #line N "<app>.ts": the C that follows comes from line N of the app. */
  | { k: "line"; line: number; file?: string };

export interface SwitchCase {
  /** undefined for default. */
  value?: number;
  body: Stmt[];
  /** Control falls into the next case (a comment says so, for -Wimplicit-fallthrough). */
  fallthrough: boolean;
}

/** A C function. All but main are static. */
export interface Func {
  k: "func";
  name: string;
  ret: CType;
  params: Local[];
  body: Stmt[];
  exported?: boolean;
  /** static inline: small and on hot paths (a method table's class test and call) */
  inline?: boolean;
}

/** Static data: string literals, globals, inline caches, function values, class tables. */
export interface Data {
  k: "data";
  name: string;
  t: CType;
  init?: Expr;
  isConst: boolean;
  /** An array of t (the size comes from the initialiser). */
  array: boolean;
  /** Declared before the functions, defined after them (it refers to functions, or they to it). */
  forward: boolean;
  /** Where it is printed: literals first, then globals, then with the code. */
  section: "literals" | "globals" | "code";
}

/** A struct type: `typedef struct Point_obj { TsObject base; double x; } Point_obj;` (a class's fixed layout). */
export interface Struct {
  k: "struct";
  name: string;
  /** Its first member, `base`: the parent's struct, or a runtime type (TsObject); none for a root. */
  base?: Struct | { named: string };
  members: { name: string; t: CType; comment: string }[];
}

export type Def = Func | Data | Struct;

export interface Module {
  /** Names for the header comment and #line: the app, and the C file, relative to the app's folder. */
  appFile: string;
  cFile: string;
  includes: string[];
  defs: Def[];
  /** Definitions kept however unreferenced (main). */
  entries: Def[];
}
