/**
 * What the emitter's parts share: the module's tables (ModuleContext), and the state of the function
 * being emitted (FunctionContext) with the conversions between representations and the ownership
 * rules. Expressions, calls and statements are emitted by the modules that import this one.
 */
import ts from "typescript";
import * as C from "../cir/build";
import { CType, Data, Def, Expr, Func, Local, Repr, Stmt, Struct, isHeap } from "../cir/nodes";
import { isPrimitiveValue } from "../cir/walk";
import { Captures } from "../analyze/captures";
import { Aggregate } from "../analyze/scalars";
import { IntegerRanges } from "../analyze/integers";
import { asInt32, isNamed } from "./int32";
import { Refusal } from "../diag";
import { ctypeOf } from "./ctypes";
import { elementTest, unboxedElement } from "./arrays";
import { NameTable } from "./names";
import { Platform } from "../platform";

/** How one variable is reached from the C code of the current function. */
export interface VarInfo {
  /** The C variable: a local of this function (for boxes, the TsBox *), or a global. */
  local?: Local;
  global?: Data;
  /** The representation of the value. */
  t: Repr;
  kind: "local" | "box" | "global";
  /** Released by this function when its scope ends. */
  owned: boolean;
  /**
   * An integer counter (analyze/counters.ts), the C local an int64_t, or an integer of int32's
   * range (analyze/integers.ts), an int32_t: read as a double.
   */
  counter?: boolean;
  /** A borrowed local (emit/borrow.ts): a `char *` to its fields, NULL when it is not an instance of its class. */
  fields?: Local;
}

/** A literal held as locals (analyze/scalars.ts): a local per property read, a nested literal's parts. */
export interface ScalarLocals {
  /** An array literal's length, which `.length` reads. */
  length?: number;
  parts: Map<string, VarInfo | ScalarLocals>;
}

/** How a field of a fixed layout is stored (TsFieldKind). */
export type FieldKind = "NUM" | "BOOL" | "STR" | "OBJ" | "VAL";

/** One field of a class's fixed layout (emit/layout.ts). */
export interface LayoutField {
  /** The JS name (`x`, `#count`). */
  name: string;
  /** Its key: a pooled string, or the declaring class's hidden key for a #private name. */
  key: Expr;
  /** The struct that declares it and its member there. */
  owner: ClassInfo;
  member: string;
  kind: FieldKind;
  /** Its position among all the fields of the layout, the parents' first. */
  index: number;
}

export interface ClassLayout {
  struct: Struct;
  /** Every field, the parents' first, in the order the constructor defines them. */
  fields: LayoutField[];
  /** No field can reference an object: instances are never cycle candidates. */
  acyclic: boolean;
  /** The TsLayout the class table points at, made when the class is emitted. */
  table?: Data;
}

/** A user class as the C code sees it. */
export interface ClassInfo {
  /** A class declaration, the class expression a top-level const holds, or a mixin's class expression. */
  decl: ts.ClassLikeDeclaration;
  /** Its name in JavaScript: `static name = "..."`, its own, or the const's ("" for a mixin's anonymous class). */
  name: string;
  /** For an application of a mixin (mixins.ts): the mixin function; `parent` is the class it was applied to. */
  mixin?: ts.FunctionDeclaration;
  c: string; // C prefix, e.g. Point
  parent?: ClassInfo;
  fields: string[]; // instance fields in initialisation order
  methods: Map<string, ts.MethodDeclaration>;
  statics: Map<string, VarInfo>;
  staticMethods: Map<string, ts.MethodDeclaration>;
  /** C functions of the methods, static ones included: <C>_<name>. */
  methodDefs: Map<string, Func>;
  /** get/set accessors by `get x`, `set x`, `static get x`...: <C>_get_x(self), <C>_set_x(self, v). */
  accessors: Map<string, { decl: ts.AccessorDeclaration; def: Func }>;
  /** Its fixed layout (emit/layout.ts); none for a class whose instances keep fields by key. */
  layout?: ClassLayout;
  /** The constructor's parameters that it only stores in a field (emit/layout.ts, movedParams). */
  moves?: MovedParam[];
  /** The TsClass (<C>_class), its constructor body (<C>_init) and allocator (<C>_new). */
  table: Data;
  init: Func;
  create: Func;
  /** Its number (TsClass.id) and how many classes its subtree holds, itself included (emit/vtables.ts). */
  id?: number;
  span?: number;
  /** The methods whose table entries it introduces, the struct of its table and the table. */
  slots?: Map<string, MethodSlot>;
  vtStruct?: Struct;
  vtable?: Data;
}

/**
 * A constructor parameter whose value the constructor only stores in a field of its layout (a
 * parameter property, or one `this.f = p;` statement of the body): a caller whose argument is a
 * fresh temporary hands its reference over to the field (bit `index` of the constructor's `mv`).
 */
export interface MovedParam {
  index: number;
  field: LayoutField;
  /** The body's `this.f = p;`; none for a parameter property. */
  stmt?: ts.ExpressionStatement;
}

/** A method called through the classes' tables: a member of the struct of its first declaring class. */
export interface MethodSlot {
  name: string;
  decl: ts.MethodDeclaration;
  member: string;
  /** <Owner>_<name>__v(text, self, p0, ...): the class test, then the table or a lookup by name. */
  dispatch: Func;
  /** The classes __v tests one by one, when few: the slot has no entry in the tables. */
  tested?: ClassInfo[];
}

/** Top-level function declaration compiled to a native C function. */
export interface FunctionInfo {
  decl: ts.FunctionDeclaration;
  def: Func;
}

/** The parameters of a generic entry point: TsValue f(TsFunc *fn, int argc, const TsValue *argv). */
export interface EntryParams {
  fn: Local;
  argc: Local;
  argv: Local;
}

/** Fresh parameters of a generic entry. */
export function entryParams(): EntryParams {
  return {
    fn: { name: "fn", t: { ptr: { named: "TsFunc" } }, owned: false },
    argc: { name: "argc", t: "int", owned: false },
    argv: { name: "argv", t: { ptr: "val", const: true }, owned: false },
  };
}

export type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;

/** What the emitters of functions need from the module. */
export interface ModuleContext {
  readonly checker: ts.TypeChecker;
  readonly captures: Captures;
  /** Variables read somewhere (see analyze/reads.ts). */
  readonly reads: Set<ts.Symbol>;
  /** Integer counters (see analyze/counters.ts). */
  readonly counters: Set<ts.Symbol>;
  /** Integer ranges (see analyze/integers.ts). */
  readonly ints: IntegerRanges;
  /** Object and array literals held as one local per property (see analyze/scalars.ts). */
  readonly scalars: Map<ts.Symbol, Aggregate>;
  /** Classes by declaration; a mixin's application by its call. */
  readonly classes: Map<ts.Node, ClassInfo>;
  /** Runs `f` with a mixin's class expression standing for application `info` (classOf). */
  withClass<T>(info: ClassInfo, f: () => T): T;
  readonly functions: Map<ts.FunctionDeclaration, FunctionInfo>;
  /** How #line names a file of the app: undefined for the entry, else its path from the entry's folder. */
  fileName(sf: ts.SourceFile): string | undefined;
  /** The global that `export default <expression>` sets; undefined when it names a declaration. */
  defaultExport(node: ts.ExportAssignment): VarInfo | undefined;
  /** The build's Device.* constants. */
  readonly platform: Platform;
  /** Set when the app calls the device API (runtime/api). */
  usesDeviceApi: boolean;
  error<A extends string[]>(node: ts.Node, r: Refusal<A>, ...args: A): void;
  /** A pooled immortal string literal: a TsString * expression. */
  str(value: string): Expr;
  /** Records that the app uses a RegExp; `dynamic` for one made at run time (new RegExp, s.match("text")). */
  useRegExp(dynamic: boolean): void;
  /** The static TsRegExpSite of a literal (its address), compiled at start-up. */
  regexpSite(node: ts.RegularExpressionLiteral): Expr;
  /** &tsl_<line>_<col>: the static position (TsLoc) of a node, as node's stack traces give it. */
  /** The address of a TsLoc naming node's start, or pos in node's file. */
  loc(node: ts.Node, pos?: number): Expr;
  /**
   * The key of a property: a pooled string; for a #private name of a class (`owner`), a key of that
   * class only, hidden from enumeration.
   */
  key(name: string, owner?: ts.Node): Expr;
  /** A fresh inline cache for one property access site. */
  ic(): Expr;
  /** &site of a tagged template: where its strings array is kept once made. */
  templateSite(): Expr;
  /** A static array of pooled keys (TsString *const *), shared by identical lists. */
  keys(names: string[]): Expr;
  /** Adds a generated definition (closures and their values). */
  define<D extends Def>(d: D): D;
  /** A unique C name for the function a closure compiles to, after where it is. */
  closureName(node: FunctionLike): string;
  classOf(decl: ts.Declaration | undefined): ClassInfo | undefined;
  /**
   * The C function of a class's accessor that a property symbol names, when it has one of that kind
   * and can be called directly: not overridden in a subclass, unless `exact` (`super.x`).
   */
  accessor(
    sym: ts.Symbol | undefined,
    kind: "get" | "set",
    exact?: boolean,
  ): { def: Func; isStatic: boolean } | undefined;
  isVirtual(info: ClassInfo, name: string): boolean;
  /** The classes a value that is not their instance stands for (emit/quiet.ts). */
  standIns(): Set<ClassInfo>;
  /** Whether calling a function, a method or a class's construction cannot free what its caller read (emit/quiet.ts). */
  isQuiet(unit: ts.Node): boolean;
  /** Whether a call of a method through its table runs only quiet methods (emit/quiet.ts). */
  isQuietCall(method: ts.MethodDeclaration): boolean;
  /** The table entry of a method that a receiver typed as `owner` may run another class's version of. */
  methodSlot(owner: ClassInfo, name: string): MethodSlot | undefined;
  allFields(info: ClassInfo): string[];
  isErrorClass(info: ClassInfo): boolean;
  ctorParams(info: ClassInfo): Repr[];
  ctorDecl(info: ClassInfo): ts.ConstructorDeclaration | undefined;
  paramCTypes(decl: ts.SignatureDeclaration): Repr[];
  returnType(decl: ts.SignatureDeclaration): Repr | "void";
  globalVar(sym: ts.Symbol): VarInfo | undefined;
  /** The object an enum declaration creates in JS (with reverse mappings). */
  enumObject(decl: ts.EnumDeclaration): Expr;
  /** A top-level function, or a static method, as a TsValue. */
  functionValue(f: FunctionInfo): Expr;
  staticMethodValue(cls: ClassInfo, name: string): Expr;
  /** A library function used as a value (Math.abs, Boolean, ...): a generic entry whose body is built once. */
  builtinValue(name: string, body: (p: EntryParams) => Stmt[]): Expr;
}

/** The function being emitted: its variables, scratch locals, temporaries and conversions. */
export abstract class FunctionContext {
  readonly checker: ts.TypeChecker;
  readonly vars = new Map<ts.Symbol, VarInfo>();
  /** Variables whose literal is held as locals (analyze/scalars.ts). */
  readonly scalarVars = new Map<ts.Symbol, ScalarLocals>();
  readonly names = new NameTable(["self", "fn", "argc", "argv", "tm"]);
  /** Locals that hold one value inside an expression (JS evaluation order, ?., ??). */
  protected readonly scratchLocals: Local[] = [];
  /** Set when an expression pushed a temporary; the statement then releases it. */
  usedTmp = false;
  /** The temporary stack's mark, taken when the function starts. */
  readonly tm: Local = { name: "tm", t: "size_t", owned: false };
  /** `this`, when the function has one. */
  thisExpr?: Expr;
  /** Guards of the optional chain being emitted. */
  chainGuards?: Expr[];
  /** The parameters of a generic entry (closures): fn, argc, argv. */
  entry?: EntryParams;
  /** A mixin's `constructor(...args: any[])`: the base constructor's parameters, which super(...args) passes on. */
  passThrough?: Expr[];

  constructor(
    readonly m: ModuleContext,
    readonly node: ts.Node,
    readonly ret: Repr | "void",
    readonly cls?: ClassInfo,
  ) {
    this.checker = m.checker;
  }

  /** The expression of a TypeScript expression; `discard` when its value is not used. */
  abstract expr(node: ts.Expression, discard?: boolean): Expr;

  /** A closure (TsValue) for a nested function. */
  abstract closure(node: FunctionLike): Expr;

  /**
   * ts_at(&tsl_<line>_<col>): where an error created or a value thrown next is reported. A call,
   * not an assignment to ts_loc: two assignments in the operands of one `a * b` would be unsequenced.
   */
  at(node: ts.Node): Expr {
    return C.call("ts_at", [this.m.loc(node)], "void", { mayThrow: false });
  }

  scratch(t: Repr): Expr {
    const v: Local = { name: `tsc${this.scratchLocals.length}`, t, owned: false };
    this.scratchLocals.push(v);
    return C.ref(v);
  }

  type(node: ts.Node): ts.Type {
    return this.checker.getTypeAtLocation(node);
  }

  ctype(node: ts.Node): Repr {
    return ctypeOf(this.type(node));
  }

  convert(e: Expr, to: Repr): Expr {
    if (e.t === "void") e = C.seq([e, C.UNDEFINED]);
    if (e.t === to) return e;
    if (to === "val") return C.wrap(e);
    if (e.t === "val") {
      if (to === "double") return unboxedElement(e, to) ?? C.call("ts_unbox_num", [e], "double");
      if (to === "bool") return unboxedElement(e, to) ?? C.call("ts_unbox_bool", [e], "bool");
      return unboxedElement(e, to) ?? C.call("ts_unbox_str", [e], "str", { owned: e.owned });
    }
    if (to === "str") {
      return e.t === "double"
        ? C.call("ts_num_to_str", [e], "str", { owned: true })
        : C.call("ts_bool_to_str", [e], "str");
    }
    if (to === "bool") return this.truthyOf(e);
    if (e.t === "bool") return C.cond(e, C.num(1), C.num(0), "double");
    return C.call("ts_str_to_num", [this.borrow(e)], "double");
  }

  as(node: ts.Expression, t: Repr): Expr {
    return this.convert(this.expr(node), t);
  }

  /** A borrowed use of e: an owned heap value goes on the temporary stack. */
  borrow(e: Expr): Expr {
    if (!e.owned || !isHeap(e.t)) return e;
    this.usedTmp = true;
    return C.temp(e);
  }

  /** An owned use of e: a borrowed heap value is retained. */
  own(e: Expr): Expr {
    if (e.owned || !isHeap(e.t) || isPrimitiveValue(e)) return e;
    return C.call(e.t === "str" ? "ts_str_retain" : "ts_dup", [e], e.t, { owned: true, mayThrow: false });
  }

  /** A borrowed argument of representation t. */
  arg(node: ts.Expression, t: Repr): Expr {
    return this.borrow(this.as(node, t));
  }

  truthyOf(e: Expr): Expr {
    switch (e.t) {
      case "bool":
        return e;
      case "double":
        return C.call("ts_num_truthy", [e], "bool");
      case "str":
        return C.call("ts_str_truthy", [this.borrow(e)], "bool");
      default:
        return C.call("ts_truthy", [this.borrow(e)], "bool");
    }
  }

  truthy(node: ts.Expression): Expr {
    const e = this.expr(node);
    return (this.ctype(node) === "bool" && elementTest(e)) || this.truthyOf(e);
  }

  // ---------------------------------------------------------------- variables

  lookup(sym: ts.Symbol): VarInfo | undefined {
    return this.vars.get(sym) ?? this.m.globalVar(sym);
  }

  /** The C variable itself (for boxes, the TsBox *). */
  varRef(v: VarInfo): Expr {
    return v.global ? C.defRef(v.global) : C.ref(v.local!);
  }

  /** The expression reading a variable, in its representation. */
  readVar(v: VarInfo): Expr {
    if (v.kind === "box") return unboxField(C.field(this.varRef(v), "v", "val", true), v.t);
    if (v.counter) return C.cast("double", this.varRef(v));
    return { ...this.varRef(v), t: v.t };
  }

  /** A counter as the target of `=`, `+=` or `++`: the C integer itself. */
  counterLvalue(v: VarInfo): Expr {
    return { ...this.varRef(v), t: "double" };
  }

  /** An expression storing e into a variable; its value is not the stored one. */
  assignVar(v: VarInfo, e: Expr): Expr {
    const val = this.convert(e, v.t);
    if (v.kind === "box")
      return C.call("ts_move", [C.addr(C.field(this.varRef(v), "v", "val", true)), this.own(C.wrap(val))], "void");
    const vol = v.local?.volatile ? "_volatile" : "";
    if (v.t === "str") return C.call(`ts_move_str${vol}`, [C.addr(this.varRef(v)), this.own(val)], "void");
    if (v.t === "val") return C.call(`ts_move${vol}`, [C.addr(this.varRef(v)), this.own(val)], "void");
    if (v.counter && isNamed(this.varRef(v).t, "int32_t")) return C.assign(this.counterLvalue(v), asInt32(val));
    return C.assign(v.counter ? this.counterLvalue(v) : this.readVar(v), val);
  }

  /** An assignment to a variable as an expression whose value is the new value (borrowed). */
  assignVarExpr(v: VarInfo, e: Expr): Expr {
    const store = this.assignVar(v, e);
    if (!isHeap(v.t) && v.kind !== "box") return store;
    return C.seq([store, this.readVar(v)]);
  }
}

/** The zero a variable of representation t starts with. */
export function zero(t: Repr): Expr {
  return t === "double" ? C.lit("0", "double") : t === "bool" ? C.FALSE : t === "str" ? C.NULL : C.UNDEFINED;
}

/** The arguments from index i on, as a new array: ts_arr_of(argc - i, argv + i), empty when fewer. */
export function restArray(p: EntryParams, i: number): Expr {
  const argc = C.ref(p.argc);
  const more = C.binary(">", argc, C.int(i), "bool");
  const count = C.cond(more, C.binary("-", argc, C.int(i), "int"), C.int(0), "int");
  const from = C.binary("+", C.ref(p.argv), C.cond(more, C.int(i), argc, "int"), { ptr: "val" });
  return C.call("ts_arr_of", [count, from], "val", { owned: true });
}

/** The name a function has in JavaScript: its own, or the variable's or property's it initialises. */
export function functionName(node: ts.Node): string {
  const p = node.parent;
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name.text;
  if (ts.isMethodDeclaration(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)))
    return node.name.text;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (
    p &&
    (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) &&
    (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
  )
    return p.name.text;
  return "";
}

/** A field of a TsValue lvalue read in the representation t: .u.num, .u.b, .u.str. */
export function unboxField(lv: Expr, t: Repr): Expr {
  if (t === "val") return lv;
  return C.field(lv, t === "double" ? "u.num" : t === "bool" ? "u.b" : "u.str", t);
}

/** A C value array argument: the compound literal, or NULL when empty. */
export function valArray(items: Expr[], elem: CType = "val"): Expr {
  return items.length ? C.arrayLit(elem, items) : { ...C.NULL, t: { ptr: elem } };
}
