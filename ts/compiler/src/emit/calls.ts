import ts from "typescript";
import path from "node:path";
import { deviceTypings } from "../load";
import { Code } from "../diag";
import { CExpr, CType, cDouble, ctypeOf, isHeap, toVal } from "./ctypes";
import { FunctionEmitter } from "./function";
import { chainReceiver, hasSideEffects, ordered, stringOf, valArray, wrap } from "./expr";
import type { ClassInfo } from "./module";
import { cName } from "./names";

const K = ts.SyntaxKind;
const undef: CExpr = { code: "ts_undefined()", t: "val", owned: false };
const INF = "(1.0 / 0.0)";
const NAN = "(0.0 / 0.0)";

export type ReceiverKind = "string" | "array" | "map" | "set" | "number" | "boolean" | "object";

/** Declared by the device API's typings (ts/lib/device.d.ts): implemented by runtime/api. */
export function isDeviceSymbol(sym: ts.Symbol | undefined): boolean {
  return !!sym?.declarations?.some((d) => path.resolve(d.getSourceFile().fileName) === deviceTypings);
}

export function isLibSymbol(sym: ts.Symbol): boolean {
  const decls = sym.declarations ?? [];
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile);
}

export function receiverKind(fe: FunctionEmitter, t: ts.Type): ReceiverKind {
  const c = ctypeOf(t);
  if (c === "str") return "string";
  if (c === "double") return "number";
  if (c === "bool") return "boolean";
  if (fe.checker.isArrayType(t) || fe.checker.isTupleType(t)) return "array";
  if (t.isUnion() && t.types.every((m) => fe.checker.isArrayType(m) || fe.checker.isTupleType(m))) return "array";
  const sym = t.getSymbol();
  if (sym && isLibSymbol(sym)) {
    if (sym.name === "Map" || sym.name === "ReadonlyMap") return "map";
    if (sym.name === "Set" || sym.name === "ReadonlySet") return "set";
    if (sym.name === "ReadonlyArray") return "array";
  }
  return "object";
}

/** `Math`, `JSON`, ... when the identifier names the library's namespace object. */
export function builtinNamespace(fe: FunctionEmitter, e: ts.Expression): string | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const sym = fe.checker.getSymbolAtLocation(e);
  if (!sym || !isLibSymbol(sym)) return undefined;
  return e.text;
}

const mathConstants: Record<string, number> = {
  PI: Math.PI,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  SQRT2: Math.SQRT2,
  SQRT1_2: Math.SQRT1_2,
};
const numberConstants: Record<string, string> = {
  MAX_SAFE_INTEGER: "9007199254740991.0",
  MIN_SAFE_INTEGER: "-9007199254740991.0",
  EPSILON: "2.220446049250313e-16",
  MAX_VALUE: "1.7976931348623157e+308",
  MIN_VALUE: "5e-324",
  POSITIVE_INFINITY: INF,
  NEGATIVE_INFINITY: `(-${INF})`,
  NaN: NAN,
};

export function builtinConstant(fe: FunctionEmitter, ns: string, node: ts.PropertyAccessExpression): CExpr {
  const name = node.name.text;
  if (ns === "Math" && name in mathConstants) return { code: cDouble(mathConstants[name]), t: "double", owned: false };
  if (ns === "Number" && name in numberConstants) return { code: numberConstants[name], t: "double", owned: false };
  fe.m.error(node, Code.UnsupportedLibrary, `'${ns}.${name}' is not supported.`);
  return undef;
}

// ------------------------------------------------------------------ arguments

/** Arguments as a C array (count, pointer), with spreads expanded at run time. */
function argvOf(
  fe: FunctionEmitter,
  args: readonly ts.Expression[],
  pre = "",
): { pre: string; argc: string; argv: string } {
  if (!args.some(ts.isSpreadElement)) {
    const o = ordered(
      fe,
      args.map((a) => ({ node: a, t: "val" as CType })),
    );
    return { pre: pre + o.pre, argc: String(args.length), argv: valArray(o.codes) };
  }
  const a = fe.scratch("val");
  let steps = `${pre}${a} = ${fe.borrow({ code: `ts_arr_new(${args.length})`, t: "val", owned: true })}, `;
  for (const e of args) {
    steps += ts.isSpreadElement(e)
      ? `ts_arr_push_spread(${a}, ${fe.arg(e.expression, "val")}), `
      : `ts_arr_push(${a}, ${fe.arg(e, "val")}), `;
  }
  return { pre: steps, argc: `(int)ts_arr_length(${a})`, argv: `${a}.u.arr->items` };
}

/** Arguments for a native signature: typed, defaults and rest parameters packed. */
function nativeArgs(
  fe: FunctionEmitter,
  decl: ts.SignatureDeclaration,
  types: CType[],
  args: readonly ts.Expression[],
  leading: { node?: ts.Expression; code?: string }[] = [],
): { pre: string; codes: string[] } {
  const items: { node: ts.Expression; t: CType }[] = [];
  const fixed: string[] = [];
  let restCode: string | undefined;
  decl.parameters.forEach((p, i) => {
    if (p.dotDotDotToken) {
      const rest = args.slice(i);
      const a = argvOf(fe, rest);
      restCode = rest.some(ts.isSpreadElement)
        ? wrap(a.pre, `ts_tmp(ts_arr_of(${a.argc}, ${a.argv}))`)
        : `ts_tmp(${wrap(a.pre, `ts_arr_of(${a.argc}, ${a.argv})`)})`;
      fe.usedTmp = true;
      return;
    }
    if (i < args.length) {
      if (ts.isSpreadElement(args[i]))
        fe.m.error(args[i], Code.UnsupportedSyntax, "spread arguments are supported only for rest parameters.");
      items.push({ node: args[i], t: types[i] });
    } else fixed.push("ts_undefined()");
  });
  const lead = leading.filter((l) => l.node).map((l) => ({ node: l.node!, t: "val" as CType }));
  const o = ordered(fe, [...lead, ...items]);
  const leadCodes = leading.map((l) => l.code ?? o.codes.shift()!);
  const codes = [...leadCodes, ...o.codes, ...fixed];
  if (restCode) codes.push(restCode);
  return { pre: o.pre, codes };
}

function resultOf(fe: FunctionEmitter, code: string, ret: CType | "void"): CExpr {
  if (ret === "void") return { code, t: "val", owned: false, isVoid: true };
  return { code, t: ret, owned: isHeap(ret) };
}

// ---------------------------------------------------------------------- calls

export function emitCall(fe: FunctionEmitter, node: ts.CallExpression): CExpr {
  let callee: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  const args = node.arguments;

  if (callee.kind === K.SuperKeyword) return superConstructor(fe, node);

  if (ts.isPropertyAccessExpression(callee) && !node.questionDotToken) {
    const name = callee.name.text;
    if (callee.expression.kind === K.SuperKeyword) return superMethod(fe, callee, args);
    const ns = builtinNamespace(fe, callee.expression);
    if (ns && ns !== "console" && isDeviceSymbol(fe.checker.getSymbolAtLocation(callee)))
      return deviceCall(fe, `ts_api_${ns}_${name}`, args);
    if (ns) return staticBuiltin(fe, ns, name, node);
    const recvSym = fe.checker.getSymbolAtLocation(callee.expression);
    const staticCls = fe.m.classOf(recvSym?.valueDeclaration);
    if (staticCls && ts.isIdentifier(callee.expression)) {
      const m = findStaticMethod(staticCls, name);
      if (m) {
        const { pre, codes } = nativeArgs(fe, m.decl, fe.m.paramCTypes(m.decl), args);
        return resultOf(fe, wrap(pre, `${m.cls.c}_${cName(name)}(${codes.join(", ")})`), fe.m.returnType(m.decl));
      }
    }
    const recvType = fe.checker.getNonNullableType(fe.type(callee.expression));
    const kind = receiverKind(fe, recvType);
    const sym = fe.checker.getSymbolAtLocation(callee);
    if (kind !== "object" || (sym && isLibSymbol(sym) && !isDeviceSymbol(sym)))
      return methodBuiltin(fe, kind, callee, node);
    const decl = sym?.valueDeclaration;
    const owner =
      decl && ts.isMethodDeclaration(decl) && ts.isClassDeclaration(decl.parent)
        ? fe.m.classes.get(decl.parent)
        : undefined;
    const recv = chainReceiver(fe, callee);
    if (owner && decl && ts.isMethodDeclaration(decl) && decl.body && !fe.m.isVirtual(owner, name)) {
      const recvCode = recv("val");
      const { pre, codes } = nativeArgs(fe, decl, fe.m.paramCTypes(decl), args, [{ code: recvCode }]);
      return resultOf(fe, wrap(pre, `${owner.c}_${cName(name)}(${codes.join(", ")})`), fe.m.returnType(decl));
    }
    const recvCode = recv("val");
    const a = argvOf(fe, args);
    return {
      code: wrap(a.pre, `ts_call_method(${recvCode}, ${fe.m.str(name)}, ${a.argc}, ${a.argv})`),
      t: "val",
      owned: true,
    };
  }

  if (ts.isIdentifier(callee)) {
    const sym = fe.checker.getSymbolAtLocation(callee);
    if (sym && isDeviceSymbol(sym) && callee.text !== "print") return deviceCall(fe, `ts_api_${callee.text}`, args);
    if (sym && isLibSymbol(sym)) return globalBuiltin(fe, callee.text, node);
    const decl = sym?.valueDeclaration;
    const f = decl && ts.isFunctionDeclaration(decl) ? fe.m.functions.get(decl) : undefined;
    if (f && !fe.lookup(sym!)) {
      const { pre, codes } = nativeArgs(fe, f.decl, fe.m.paramCTypes(f.decl), args);
      return resultOf(fe, wrap(pre, `${f.c}(${codes.join(", ")})`), fe.m.returnType(f.decl));
    }
  }
  // a function value
  const fnCode = chainReceiver(fe, node)("val");
  const a = argvOf(fe, args);
  return { code: wrap(a.pre, `ts_call(${fnCode}, ${a.argc}, ${a.argv})`), t: "val", owned: true };
}

function findStaticMethod(cls: ClassInfo, name: string): { cls: ClassInfo; decl: ts.MethodDeclaration } | undefined {
  for (let c: ClassInfo | undefined = cls; c; c = c.parent) {
    const m = c.staticMethods.get(name);
    if (m) return { cls: c, decl: m };
  }
  return undefined;
}

function superConstructor(fe: FunctionEmitter, node: ts.CallExpression): CExpr {
  const cls = fe.cls;
  if (!cls) return undef;
  if (!cls.parent) {
    // extends Error: super(message)
    const msg = node.arguments[0];
    return {
      code: msg ? `ts_obj_set(self, ${fe.m.str("message")}, ${fe.arg(msg, "val")})` : "(void)0",
      t: "val",
      owned: false,
      isVoid: true,
    };
  }
  const ctor = fe.m.ctorDecl(cls.parent);
  const types = fe.m.ctorParams(cls.parent);
  if (!ctor) return { code: `${cls.parent.c}_init(self)`, t: "val", owned: false, isVoid: true };
  const { pre, codes } = nativeArgs(fe, ctor, types, node.arguments, [{ code: "self" }]);
  return { code: wrap(pre, `${cls.parent.c}_init(${codes.join(", ")})`), t: "val", owned: false, isVoid: true };
}

function superMethod(fe: FunctionEmitter, callee: ts.PropertyAccessExpression, args: readonly ts.Expression[]): CExpr {
  const name = callee.name.text;
  for (let c = fe.cls?.parent; c; c = c.parent) {
    const m = c.methods.get(name);
    if (m) {
      const { pre, codes } = nativeArgs(fe, m, fe.m.paramCTypes(m), args, [{ code: "self" }]);
      return resultOf(fe, wrap(pre, `${c.c}_${cName(name)}(${codes.join(", ")})`), fe.m.returnType(m));
    }
  }
  fe.m.error(callee, Code.UnsupportedSyntax, `no parent method '${name}'.`);
  return undef;
}

export function emitNew(fe: FunctionEmitter, node: ts.NewExpression): CExpr {
  const args = node.arguments ?? [];
  const sym = fe.checker.getSymbolAtLocation(node.expression);
  const cls = fe.m.classOf(sym?.valueDeclaration);
  if (cls) {
    if (ts.getCombinedModifierFlags(cls.decl) & ts.ModifierFlags.Abstract) {
      fe.m.error(node, Code.UnsupportedSyntax, "cannot create an abstract class.");
      return undef;
    }
    const ctor = fe.m.ctorDecl(cls);
    if (!ctor) {
      if (fe.m.isErrorClass(cls))
        return { code: `${cls.c}_new(${args[0] ? fe.arg(args[0], "val") : "ts_undefined()"})`, t: "val", owned: true };
      return { code: `${cls.c}_new()`, t: "val", owned: true };
    }
    const { pre, codes } = nativeArgs(fe, ctor, fe.m.ctorParams(cls), args);
    return { code: wrap(pre, `${cls.c}_new(${codes.join(", ")})`), t: "val", owned: true };
  }
  const name = ts.isIdentifier(node.expression) ? node.expression.text : "";
  if (sym && isLibSymbol(sym)) {
    switch (name) {
      case "Map":
        return { code: args[0] ? `ts_map_new_from(${fe.arg(args[0], "val")})` : "ts_map_new()", t: "val", owned: true };
      case "Set":
        return { code: args[0] ? `ts_set_new_from(${fe.arg(args[0], "val")})` : "ts_set_new()", t: "val", owned: true };
      case "Error":
        return { code: `ts_error_new(${args[0] ? fe.arg(args[0], "val") : "ts_undefined()"})`, t: "val", owned: true };
      case "Array":
        if (args.length === 1 && fe.ctype(args[0]) === "double")
          return { code: `ts_arr_from_length(${fe.arg(args[0], "double")}, ts_undefined())`, t: "val", owned: true };
        if (args.length === 0) return { code: "ts_arr_new(0)", t: "val", owned: true };
    }
  }
  fe.m.error(node, Code.UnsupportedLibrary, `'new ${name || node.expression.getText()}' is not supported.`);
  return undef;
}

// ------------------------------------------------------------------- builtins

type Param = CType | { t: CType; dflt: string };
interface Spec {
  fn: string;
  params: Param[];
  ret: CType | "void";
  owned?: boolean; // default: heap results are owned
}

const str = (fn: string, params: Param[], ret: CType | "void", owned?: boolean): Spec => ({ fn, params, ret, owned });
const d0 = { t: "double" as CType, dflt: "0" };
const dInf = { t: "double" as CType, dflt: INF };
const dNaN = { t: "double" as CType, dflt: NAN };
const vU = { t: "val" as CType, dflt: "ts_undefined()" };
const sNull = { t: "str" as CType, dflt: "NULL" };

const stringMethods: Record<string, Spec> = {
  charAt: str("ts_str_char_at", [d0], "str"),
  charCodeAt: str("ts_str_char_code_at", [d0], "double"),
  codePointAt: str("ts_str_code_point_at_or_nan", [d0], "double"), // NaN -> undefined below
  indexOf: str("ts_str_index_of", ["str", d0], "double"),
  lastIndexOf: str("ts_str_last_index_of", ["str", dInf], "double"),
  includes: str("ts_str_includes", ["str", d0], "bool"),
  startsWith: str("ts_str_starts_with", ["str", d0], "bool"),
  endsWith: str("ts_str_ends_with", ["str", dInf], "bool"),
  slice: str("ts_str_slice", [d0, dInf], "str"),
  substring: str("ts_str_substring", [d0, dInf], "str"),
  substr: str("ts_str_substr", [d0, dInf], "str"),
  split: str("ts_str_split", [vU, dInf], "val"),
  trim: str("ts_str_trim", [], "str"),
  trimStart: str("ts_str_trim_start", [], "str"),
  trimEnd: str("ts_str_trim_end", [], "str"),
  toUpperCase: str("ts_str_to_upper", [], "str"),
  toLowerCase: str("ts_str_to_lower", [], "str"),
  toLocaleUpperCase: str("ts_str_to_upper", [], "str"),
  toLocaleLowerCase: str("ts_str_to_lower", [], "str"),
  replace: str("ts_str_replace", ["str", "str"], "str"),
  replaceAll: str("ts_str_replace_all", ["str", "str"], "str"),
  repeat: str("ts_str_repeat", [d0], "str"),
  padStart: str("ts_str_pad_start", [d0, sNull], "str"),
  padEnd: str("ts_str_pad_end", [d0, sNull], "str"),
  at: str("ts_str_at", [d0], "str"),
  localeCompare: str("ts_str_locale_compare", ["str"], "double"),
};

const arrayMethods: Record<string, Spec> = {
  pop: str("ts_arr_pop", [], "val"),
  shift: str("ts_arr_shift", [], "val"),
  slice: str("ts_arr_slice", [d0, dInf], "val"),
  indexOf: str("ts_arr_index_of", ["val", d0], "double"),
  lastIndexOf: str("ts_arr_last_index_of", ["val", dInf], "double"),
  includes: str("ts_arr_includes", ["val"], "bool"),
  join: str("ts_arr_join", [sNull], "str"),
  reverse: str("ts_arr_reverse", [], "val"),
  fill: str("ts_arr_fill", ["val", d0, dInf], "val"),
  map: str("ts_arr_map", ["val"], "val"),
  filter: str("ts_arr_filter", ["val"], "val"),
  forEach: str("ts_arr_for_each", ["val"], "void"),
  sort: str("ts_arr_sort", [vU], "val"),
  find: str("ts_arr_find", ["val"], "val"),
  findIndex: str("ts_arr_find_index", ["val"], "double"),
  findLast: str("ts_arr_find_last", ["val"], "val"),
  findLastIndex: str("ts_arr_find_last_index", ["val"], "double"),
  some: str("ts_arr_some", ["val"], "bool"),
  every: str("ts_arr_every", ["val"], "bool"),
  flat: str("ts_arr_flat", [{ t: "double", dflt: "1" }], "val"),
  flatMap: str("ts_arr_flat_map", ["val"], "val"),
  at: str("ts_arr_at", [d0], "val", false),
  entries: str("ts_arr_entries", [], "val"),
  keys: str("ts_arr_keys", [], "val"),
  values: str("ts_arr_slice", [{ t: "double", dflt: "0" }, dInf], "val"),
  toString: str("ts_arr_join", [sNull], "str"),
};

const mapMethods: Record<string, Spec> = {
  get: str("ts_map_get", ["val"], "val", false),
  has: str("ts_map_has", ["val"], "bool"),
  delete: str("ts_map_delete", ["val"], "bool"),
  clear: str("ts_map_clear", [], "void"),
  forEach: str("ts_map_for_each", ["val"], "void"),
  keys: str("ts_map_keys", [], "val"),
  values: str("ts_map_values", [], "val"),
  entries: str("ts_map_entries", [], "val"),
};

const setMethods: Record<string, Spec> = {
  has: str("ts_map_has", ["val"], "bool"),
  delete: str("ts_map_delete", ["val"], "bool"),
  clear: str("ts_map_clear", [], "void"),
  forEach: str("ts_map_for_each", ["val"], "void"),
  keys: str("ts_set_values", [], "val"),
  values: str("ts_set_values", [], "val"),
  entries: str("ts_map_entries", [], "val"),
};

const numberMethods: Record<string, Spec> = {
  toFixed: str("ts_num_to_fixed", [d0], "str"),
  toPrecision: str("ts_num_to_precision", [dNaN], "str"),
};

const mathUnary = [
  "abs",
  "floor",
  "ceil",
  "sqrt",
  "cbrt",
  "exp",
  "expm1",
  "log",
  "log2",
  "log10",
  "log1p",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
];

const staticSpecs: Record<string, Record<string, Spec>> = {
  Math: {
    round: str("ts_math_round", ["double"], "double"),
    sign: str("ts_math_sign", ["double"], "double"),
    trunc: str("ts_math_trunc", ["double"], "double"),
    random: str("ts_math_random", [], "double"),
    clz32: str("ts_math_clz32", ["double"], "double"),
    imul: str("ts_imul", ["double", "double"], "double"),
    fround: str("ts_math_fround", ["double"], "double"),
    atan2: str("ts_math_atan2", ["double", "double"], "double"),
    pow: str("ts_pow", ["double", "double"], "double"),
    ...Object.fromEntries(mathUnary.map((n) => [n, str(`ts_math_${n}`, ["double"], "double")])),
  },
  Object: {
    keys: str("ts_obj_keys", ["val"], "val"),
    values: str("ts_obj_values", ["val"], "val"),
    entries: str("ts_obj_entries", ["val"], "val"),
    fromEntries: str("ts_obj_from_entries", ["val"], "val"),
  },
  Number: {
    isInteger: str("ts_num_is_integer", ["double"], "bool"),
    isSafeInteger: str("ts_num_is_safe_integer", ["double"], "bool"),
    parseFloat: str("ts_parse_float", ["str"], "double"),
    parseInt: str("ts_parse_int", ["str", dNaN], "double"),
  },
  Array: {
    isArray: str("ts_is_array", ["val"], "bool"),
  },
  Date: {
    now: str("ts_date_now", [], "double"),
  },
};

/** Emits a call to a runtime function from a spec: receiver first, then defaults for missing arguments. */
function fromSpec(
  fe: FunctionEmitter,
  spec: Spec,
  args: readonly ts.Expression[],
  recv?: ts.Expression | string,
  recvT?: CType,
): CExpr {
  const items: { node: ts.Expression; t: CType }[] = [];
  if (recv && typeof recv !== "string") items.push({ node: recv, t: recvT! });
  spec.params.forEach((p, i) => {
    const t = typeof p === "string" ? p : p.t;
    if (i < args.length) items.push({ node: args[i], t });
  });
  const o = ordered(fe, items);
  const codes = [...o.codes];
  if (typeof recv === "string") codes.unshift(recv);
  spec.params.forEach((p, i) => {
    if (i >= args.length) codes.push(typeof p === "string" ? (p === "val" ? "ts_undefined()" : "0") : p.dflt);
  });
  const code = wrap(o.pre, `${spec.fn}(${codes.join(", ")})`);
  if (spec.ret === "void") return { code, t: "val", owned: false, isVoid: true };
  return { code, t: spec.ret, owned: isHeap(spec.ret) && spec.owned !== false };
}

function methodBuiltin(
  fe: FunctionEmitter,
  kind: ReceiverKind,
  callee: ts.PropertyAccessExpression,
  node: ts.CallExpression,
): CExpr {
  const name = callee.name.text;
  const args = node.arguments;
  const recvOf = chainReceiver(fe, callee);
  const withRecv = (spec: Spec, t: CType): CExpr => {
    if (!callee.questionDotToken && args.some(hasSideEffects)) return fromSpec(fe, spec, args, callee.expression, t);
    return fromSpec(fe, spec, args, recvOf(t));
  };
  if (
    args.some(ts.isSpreadElement) &&
    !(kind === "array" && (name === "push" || name === "unshift" || name === "concat"))
  ) {
    fe.m.error(node, Code.UnsupportedSyntax, "spread arguments are not supported here.");
    return undef;
  }
  switch (kind) {
    case "string":
      if (name === "toString" || name === "valueOf") return fe.convert(fe.expr(callee.expression), "str");
      if (name === "concat") {
        const r = recvOf("str");
        const a = argvOf(fe, args);
        return { code: wrap(a.pre, `ts_str_concat_values(${r}, ${a.argc}, ${a.argv})`), t: "str", owned: true };
      }
      if ((name === "replace" || name === "replaceAll") && args[1] && fe.ctype(args[1]) !== "str") break;
      if (name === "split" && args[0]) {
        return fromSpec(fe, { ...stringMethods.split, params: ["val", dInf] }, args, recvOf("str"));
      }
      if (name === "codePointAt") {
        const cp = withRecv(stringMethods[name], "str");
        return { code: `ts_nan_to_undef(${cp.code})`, t: "val", owned: false };
      }
      if (stringMethods[name]) return withRecv(stringMethods[name], "str");
      break;
    case "number":
      if (name === "toString") {
        const n = recvOf("double");
        if (!args.length) return { code: `ts_num_to_str(${n})`, t: "str", owned: true };
        return { code: `ts_num_to_string_radix(${n}, ${fe.arg(args[0], "double")})`, t: "str", owned: true };
      }
      if (numberMethods[name]) return withRecv(numberMethods[name], "double");
      break;
    case "boolean":
      if (name === "toString") return { code: `ts_bool_to_str(${recvOf("bool")})`, t: "str", owned: false };
      break;
    case "array": {
      if (name === "push" || name === "unshift") {
        const r = recvOf("val");
        if (name === "push" && args.length === 1 && !ts.isSpreadElement(args[0])) {
          return { code: `ts_arr_push(${r}, ${fe.arg(args[0], "val")})`, t: "double", owned: false };
        }
        const a = argvOf(fe, args);
        const fn = name === "push" ? "ts_arr_push_n" : "ts_arr_unshift";
        return { code: wrap(a.pre, `${fn}(${r}, ${a.argc}, ${a.argv})`), t: "double", owned: false };
      }
      if (name === "concat") {
        const r = recvOf("val");
        const a = argvOf(fe, args);
        return { code: wrap(a.pre, `ts_arr_concat(${r}, ${a.argc}, ${a.argv})`), t: "val", owned: true };
      }
      if (name === "splice") {
        const r = recvOf("val");
        const start = args[0] ? fe.arg(args[0], "double") : "0";
        const del = args[1] ? fe.arg(args[1], "double") : args[0] ? INF : "0";
        const rest = args.slice(2);
        const a = argvOf(fe, rest);
        return {
          code: wrap(
            a.pre,
            `ts_arr_splice(${r}, ${start}, ${del}, ${rest.length ? a.argc : "0"}, ${rest.length ? a.argv : "NULL"})`,
          ),
          t: "val",
          owned: true,
        };
      }
      if (name === "reduce" || name === "reduceRight") {
        const fn = name === "reduce" ? "ts_arr_reduce" : "ts_arr_reduce_right";
        const r = recvOf("val");
        const { pre, codes } = ordered(
          fe,
          args.map((a) => ({ node: a, t: "val" as CType })),
        );
        return {
          code: wrap(pre, `${fn}(${r}, ${codes[0]}, ${args.length > 1 ? 1 : 0}, ${codes[1] ?? "ts_undefined()"})`),
          t: "val",
          owned: true,
        };
      }
      if (arrayMethods[name]) return withRecv(arrayMethods[name], "val");
      break;
    }
    case "map":
      if (name === "set") {
        const r = fe.scratch("val");
        const { pre, codes } = ordered(fe, [
          { node: args[0], t: "val" },
          { node: args[1], t: "val" },
        ]);
        return {
          code: `(${r} = ${recvOf("val")}, ${pre}ts_map_set(${r}, ${codes[0]}, ${codes[1]}), ${r})`,
          t: "val",
          owned: false,
        };
      }
      if (mapMethods[name]) return withRecv(mapMethods[name], "val");
      break;
    case "set":
      if (name === "add") {
        const r = fe.scratch("val");
        return {
          code: `(${r} = ${recvOf("val")}, ts_set_add(${r}, ${fe.arg(args[0], "val")}), ${r})`,
          t: "val",
          owned: false,
        };
      }
      if (setMethods[name]) return withRecv(setMethods[name], "val");
      break;
    case "object":
      break;
  }
  fe.m.error(
    callee.name,
    Code.UnsupportedLibrary,
    `'${name}' is not supported on ${kind === "object" ? "this value" : kind + "s"}.`,
  );
  return undef;
}

function staticBuiltin(fe: FunctionEmitter, ns: string, name: string, node: ts.CallExpression): CExpr {
  const args = node.arguments;
  if (ns === "console" && (name === "log" || name === "error" || name === "info" || name === "warn")) {
    return logCall(fe, name === "log" || name === "info" ? "ts_console_log" : "ts_console_error", args);
  }
  if (ns === "Math" && (name === "max" || name === "min" || name === "hypot")) {
    if (args.some(ts.isSpreadElement)) {
      const a = argvOf(fe, args);
      return { code: wrap(a.pre, `ts_math_${name}_values(${a.argc}, ${a.argv})`), t: "double", owned: false };
    }
    const { pre, codes } = ordered(
      fe,
      args.map((a) => ({ node: a, t: "double" as CType })),
    );
    return {
      code: wrap(
        pre,
        `ts_math_${name}(${codes.length}, ${codes.length ? `(const double[]){ ${codes.join(", ")} }` : "NULL"})`,
      ),
      t: "double",
      owned: false,
    };
  }
  if (ns === "JSON" && name === "stringify") {
    const v = args[0] ? fe.arg(args[0], "val") : "ts_undefined()";
    if (args[1] && args[1].kind !== K.NullKeyword && !(ts.isIdentifier(args[1]) && args[1].text === "undefined")) {
      fe.m.error(args[1], Code.UnsupportedLibrary, "JSON.stringify replacers are not supported; pass null.");
    }
    const indent = args[2] ? fe.arg(args[2], "val") : "ts_undefined()";
    return { code: `ts_json_stringify(${v}, ${indent})`, t: "str", owned: true };
  }
  if (ns === "Object" && name === "assign") {
    const t = fe.scratch("val");
    const steps = [
      `${t} = ${fe.arg(args[0], "val")}`,
      ...args.slice(1).map((a) => `ts_obj_assign(${t}, ${fe.arg(a, "val")})`),
    ];
    return { code: `(${steps.join(", ")}, ${t})`, t: "val", owned: false };
  }
  if (ns === "Object" && name === "freeze") return fe.expr(args[0]);
  if (ns === "Array" && name === "from") {
    const src = args[0];
    const fn = args[1] ? fe.arg(args[1], "val") : "ts_undefined()";
    if (ts.isObjectLiteralExpression(src) && src.properties.length === 1) {
      const p = src.properties[0];
      if (ts.isPropertyAssignment(p) && p.name.getText() === "length") {
        return { code: `ts_arr_from_length(${fe.arg(p.initializer, "double")}, ${fn})`, t: "val", owned: true };
      }
    }
    const from: CExpr = { code: `ts_arr_from(${fe.arg(src, "val")})`, t: "val", owned: true };
    if (!args[1]) return from;
    return { code: `ts_arr_map(${fe.borrow(from)}, ${fn})`, t: "val", owned: true };
  }
  if (ns === "Array" && name === "of") {
    const a = argvOf(fe, args);
    return { code: wrap(a.pre, `ts_arr_of(${a.argc}, ${a.argv})`), t: "val", owned: true };
  }
  if (ns === "String" && (name === "fromCharCode" || name === "fromCodePoint")) {
    if (args.some(ts.isSpreadElement)) {
      const a = argvOf(fe, args);
      return {
        code: wrap(a.pre, `ts_str_from_codes_values(${name === "fromCodePoint"}, ${a.argc}, ${a.argv})`),
        t: "str",
        owned: true,
      };
    }
    const { pre, codes } = ordered(
      fe,
      args.map((a) => ({ node: a, t: "double" as CType })),
    );
    const fn = name === "fromCharCode" ? "ts_str_from_char_code" : "ts_str_from_code_point";
    return {
      code: wrap(pre, `${fn}(${codes.length}, ${codes.length ? `(const double[]){ ${codes.join(", ")} }` : "NULL"})`),
      t: "str",
      owned: true,
    };
  }
  if (ns === "Number" && (name === "isFinite" || name === "isNaN" || name === "isInteger")) {
    const test = name === "isNaN" ? "ts_is_nan" : name === "isFinite" ? "ts_is_finite" : "ts_num_is_integer";
    if (fe.ctype(args[0]) === "double")
      return { code: `${test}(${fe.arg(args[0], "double")})`, t: "bool", owned: false };
    const v = fe.scratch("val");
    return {
      code: `((${v} = ${fe.arg(args[0], "val")}).tag == TS_NUMBER && ${test}(${v}.u.num))`,
      t: "bool",
      owned: false,
    };
  }
  const spec = staticSpecs[ns]?.[name];
  if (spec) return fromSpec(fe, spec, args);
  fe.m.error(node.expression, Code.UnsupportedLibrary, `'${ns}.${name}' is not supported.`);
  return undef;
}

function logCall(fe: FunctionEmitter, fn: string, args: readonly ts.Expression[]): CExpr {
  const a = argvOf(fe, args);
  return { code: wrap(a.pre, `${fn}(${a.argc}, ${a.argv})`), t: "val", owned: false, isVoid: true };
}

function globalBuiltin(fe: FunctionEmitter, name: string, node: ts.CallExpression): CExpr {
  const args = node.arguments;
  switch (name) {
    case "print":
      return logCall(fe, "ts_console_log", args);
    case "parseInt":
      return fromSpec(fe, staticSpecs.Number.parseInt, args);
    case "parseFloat":
      return fromSpec(fe, staticSpecs.Number.parseFloat, args);
    case "isNaN":
    case "isFinite": {
      const n = args[0] ? fe.expr(args[0]) : undef;
      const d =
        n.t === "double"
          ? n.code
          : n.t === "str"
            ? `ts_str_to_num(${fe.borrow(n)})`
            : `ts_to_number(${fe.borrow(toVal(n))})`;
      return { code: name === "isNaN" ? `ts_is_nan(${d})` : `ts_is_finite(${d})`, t: "bool", owned: false };
    }
    case "String":
      if (!args.length) return { code: fe.m.str(""), t: "str", owned: false };
      return { code: stringOf(fe, fe.expr(args[0])), t: "str", owned: false };
    case "Number": {
      if (!args.length) return { code: "0.0", t: "double", owned: false };
      const e = fe.expr(args[0]);
      if (e.t === "double") return e;
      if (e.t === "bool") return { code: `(${e.code} ? 1.0 : 0.0)`, t: "double", owned: false };
      if (e.t === "str") return { code: `ts_str_to_num(${fe.borrow(e)})`, t: "double", owned: false };
      return { code: `ts_to_number(${fe.borrow(e)})`, t: "double", owned: false };
    }
    case "Boolean":
      return { code: args.length ? fe.truthy(args[0]) : "false", t: "bool", owned: false };
    case "Array":
      if (args.length === 1)
        return { code: `ts_arr_from_length(${fe.arg(args[0], "double")}, ts_undefined())`, t: "val", owned: true };
      break;
  }
  fe.m.error(node.expression, Code.UnsupportedLibrary, `'${name}' is not supported.`);
  return undef;
}

/** A device API function: ts_api_<name>(argc, argv), all arguments as values, result owned. */
function deviceCall(fe: FunctionEmitter, fn: string, args: readonly ts.Expression[]): CExpr {
  fe.m.usesDeviceApi = true;
  const a = argvOf(fe, args);
  return { code: wrap(a.pre, `${fn}(${a.argc}, ${a.argv})`), t: "val", owned: true };
}

const unaryValueFns: Record<string, string> = {
  ...Object.fromEntries(mathUnary.map((n) => [`Math.${n}`, `ts_math_${n}`])),
  "Math.round": "ts_math_round",
  "Math.sign": "ts_math_sign",
  "Math.trunc": "ts_math_trunc",
  "Math.fround": "ts_math_fround",
  "Math.clz32": "ts_math_clz32",
};

/** A library function referenced as a value (not called): a generated thunk. */
export function builtinFunctionValue(fe: FunctionEmitter, name: string): CExpr | undefined {
  let body: string | undefined;
  const unary = unaryValueFns[name];
  if (unary) body = `return ts_num(${unary}(ts_to_number(a0)));`;
  else if (name === "Math.pow" || name === "Math.atan2" || name === "Math.imul") {
    body = `return ts_num(${name === "Math.pow" ? "ts_pow" : name === "Math.atan2" ? "ts_math_atan2" : "ts_math_imul"}(ts_to_number(a0), ts_to_number(a1)));`;
  } else if (name === "Math.max" || name === "Math.min" || name === "Math.hypot")
    body = `return ts_num(ts_math_${name.slice(5)}_values(argc, argv));`;
  else if (name === "Boolean") body = "return ts_bool(ts_truthy(a0));";
  else if (name === "Number") body = "return ts_num(argc ? ts_to_number(a0) : 0);";
  else if (name === "String") body = 'return argc ? ts_str_v(ts_to_string(a0)) : ts_str_v(ts_str_new("", 0));';
  else if (name === "isNaN" || name === "Number.isNaN")
    body =
      name === "isNaN"
        ? "return ts_bool(ts_is_nan(ts_to_number(a0)));"
        : "return ts_bool(a0.tag == TS_NUMBER && ts_is_nan(a0.u.num));";
  else if (name === "isFinite" || name === "Number.isFinite")
    body =
      name === "isFinite"
        ? "return ts_bool(ts_is_finite(ts_to_number(a0)));"
        : "return ts_bool(a0.tag == TS_NUMBER && ts_is_finite(a0.u.num));";
  else if (name === "Number.isInteger") body = "return ts_bool(a0.tag == TS_NUMBER && ts_num_is_integer(a0.u.num));";
  else if (name === "parseFloat" || name === "Number.parseFloat" || name === "parseInt" || name === "Number.parseInt") {
    const call = name.endsWith("parseFloat")
      ? "ts_parse_float(s)"
      : "ts_parse_int(s, argc > 1 ? ts_to_number(a1) : (0.0 / 0.0))";
    body = `TsString *s = ts_to_string(a0);\n    double r = ${call};\n    ts_str_release(s);\n    return ts_num(r);`;
  }
  if (!body) return undefined;
  return { code: `ts_fn_v(&${fe.m.builtinValue(name, body)})`, t: "val", owned: false };
}
