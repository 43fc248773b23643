/** The library's builtins by receiver and namespace: which table holds a member, and how a call is lowered. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Expr, Repr } from "../../cir/nodes";
import { Refusals } from "../../diag";
import { isLibSymbol } from "../../lib/symbols";
import { FunctionContext } from "../context";
import { ctypeOf } from "../ctypes";
import { chainReceiver, hasSideEffects, takesFunction } from "../operands";
import { arrayMethods, arrayStatics } from "./array";
import {
  BinaryKind,
  arrayBufferMethods,
  binaryConstructor,
  binaryKind,
  dataViewMethods,
  textDecoderMethods,
  textEncoderMethods,
  typedConstants,
  typedKinds,
  typedMethods,
  typedStatics,
} from "./binary";
import { consoleStatics } from "./console";
import { dateMethods, dateStatics } from "./date";
import { constructors, globalFunctions } from "./globals";
import { jsonStatics } from "./json";
import { mapMethods } from "./map";
import { mathConstants, mathStatics } from "./math";
import { booleanMethods, numberConstants, numberMethods, numberStatics } from "./number";
import { objectStatics } from "./object";
import { isMatchArrayType, isRegExpType, regexpMethods } from "./regexp";
import { setMethods } from "./set";
import { Builtin, BuiltinCall, lower, spec } from "./spec";
import { stringMethods, stringStatics } from "./string";
import { builtinValues } from "./values";

export type ReceiverKind =
  "string" | "array" | "map" | "set" | "date" | "iterator" | "number" | "boolean" | "regexp" | "object" | BinaryKind;

export function receiverKind(checker: ts.TypeChecker, t: ts.Type): ReceiverKind {
  // generic tables: Table<E>[K] is what its constraint is (a mapped type's value type)
  if (t.flags & (ts.TypeFlags.IndexedAccess | ts.TypeFlags.TypeParameter | ts.TypeFlags.Substitution)) {
    const base = checker.getBaseConstraintOfType(t);
    if (base && base !== t) return receiverKind(checker, checker.getNonNullableType(base));
  }
  if (t.isIntersection()) {
    const kinds = t.types.map((m) => receiverKind(checker, m)).filter((k) => k !== "object");
    if (kinds.length) return kinds[0];
  }
  if (t.isUnion()) {
    const kinds = new Set(t.types.map((m) => receiverKind(checker, m)));
    if (kinds.size === 1) return [...kinds][0];
  }
  const c = ctypeOf(t);
  if (c === "str") return "string";
  if (c === "double") return "number";
  if (c === "bool") return "boolean";
  // exec/match results are arrays too, with index, input and groups (isMatchArrayType)
  const arrayLike = (m: ts.Type) => checker.isArrayType(m) || checker.isTupleType(m) || isMatchArrayType(m);
  if (arrayLike(t) || (t.isUnion() && t.types.every(arrayLike))) return "array";
  if (isRegExpType(t)) return "regexp";
  // ArrayBufferLike, the type of a view's buffer
  if (t.isUnion() && t.types.every((m) => ["ArrayBuffer", "SharedArrayBuffer"].includes(m.getSymbol()?.name ?? "")))
    return "arraybuffer";
  const sym = t.getSymbol();
  if (sym && isLibSymbol(sym)) {
    if (sym.name === "Map" || sym.name === "ReadonlyMap") return "map";
    if (sym.name === "Set" || sym.name === "ReadonlySet") return "set";
    if (sym.name === "ReadonlyArray" || sym.name === "TemplateStringsArray") return "array";
    const b = binaryKind(sym.name);
    if (b) return b;
    if (sym.name === "Date") return "date";
    if (iterators.has(sym.name)) return "iterator";
  }
  return "object";
}

/** What keys(), values() and entries() return (snapshot arrays in the runtime). */
const iterators = new Set(["MapIterator", "SetIterator", "ArrayIterator", "IterableIterator", "IteratorObject"]);
const iteratorMethods: Record<string, Builtin> = { next: spec("ts_iter_next", [], "val") };

/** Methods every object has: toString reaches the object's own (an Error's, a class's) or Object's. */
const objectMethods: Record<string, Builtin> = {
  toString: (fe: FunctionContext, c: BuiltinCall) =>
    c.args.length ? undefined : C.call("ts_to_string", [c.recv("val")], "str", { owned: true }),
};

const methods: Record<ReceiverKind, { table: Record<string, Builtin>; recv: Repr }> = {
  string: { table: stringMethods, recv: "str" },
  number: { table: numberMethods, recv: "double" },
  boolean: { table: booleanMethods, recv: "bool" },
  array: { table: arrayMethods, recv: "val" },
  map: { table: mapMethods, recv: "val" },
  set: { table: setMethods, recv: "val" },
  date: { table: dateMethods, recv: "val" },
  iterator: { table: iteratorMethods, recv: "val" },
  regexp: { table: regexpMethods, recv: "val" },
  object: { table: objectMethods, recv: "val" },
  typed: { table: typedMethods, recv: "val" },
  arraybuffer: { table: arrayBufferMethods, recv: "val" },
  dataview: { table: dataViewMethods, recv: "val" },
  textencoder: { table: textEncoderMethods, recv: "val" },
  textdecoder: { table: textDecoderMethods, recv: "val" },
};

const statics: Record<string, Record<string, Builtin>> = {
  Array: arrayStatics,
  Date: dateStatics,
  JSON: jsonStatics,
  Math: mathStatics,
  Number: numberStatics,
  Object: objectStatics,
  String: stringStatics,
  console: consoleStatics,
  ...Object.fromEntries(Object.keys(typedKinds).map((n) => [n, typedStatics(n)])),
};

const constants: Record<string, Record<string, Expr>> = {
  Math: mathConstants,
  Number: numberConstants,
  ...Object.fromEntries(Object.keys(typedKinds).map((n) => [n, typedConstants(n)])),
};

const own = <T>(table: Record<string, T>, name: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;

/** Array methods that take spread arguments. */
const spreading = new Set(["push", "unshift", "concat"]);

const noReceiver = (): never => {
  throw new Error("a static builtin has no receiver");
};

/** s (of node) in node.name, checked: node's TypeError at name when s is undefined (ts_str_recv). */
export function strReceiver(fe: FunctionContext, node: ts.Expression, s: Expr, name: ts.MemberName): Expr {
  if (ts.isStringLiteralLike(node)) return s;
  return C.call("ts_str_recv", [s, C.cstring(name.text), fe.m.loc(name)], "str");
}

/** recv.name(...) on a string, number, boolean, array, map or set. */
export function methodBuiltin(
  fe: FunctionContext,
  kind: ReceiverKind,
  callee: ts.PropertyAccessExpression,
  node: ts.CallExpression,
): Expr {
  const name = callee.name.text;
  if (node.arguments.some(ts.isSpreadElement) && !(kind === "array" && spreading.has(name))) {
    fe.m.error(node, Refusals.SpreadHere);
    return C.UNDEFINED;
  }
  const { table, recv } = methods[kind];
  const b = own(table, name);
  // the receiver is evaluated before the arguments, as in JavaScript, and held when they or a
  // callback the builtin runs may free it (`st.list.push(f())`, `st.s.replace(re, fn)`)
  const settle = !callee.questionDotToken && node.arguments.some(hasSideEffects);
  const chained = chainReceiver(fe, callee, settle || takesFunction(fe, node.arguments));
  // a string that is undefined (a string[] read past its end) is refused as node refuses it
  const read = (t: Repr): Expr => {
    const e = chained(t);
    return kind === "string" && t === "str" ? strReceiver(fe, callee.expression, e, callee.name) : e;
  };
  const pre: Expr[] = [];
  const settled = (t: Repr): Expr => {
    const s = fe.scratch(t);
    pre.push(C.assign(s, read(t)));
    return s;
  };
  const call: BuiltinCall = {
    node,
    name,
    args: node.arguments,
    recv: settle ? settled : read,
    recvNode: callee.expression,
    optional: !!callee.questionDotToken,
  };
  const e = b && lower(fe, b, call, recv);
  if (e) return C.after(pre, e);
  fe.m.error(callee.name, Refusals.NotSupportedOn, name, kindNoun(kind));
  return C.UNDEFINED;
}

/** How a refusal names the receivers of a kind: "strings", "typed arrays", "ArrayBuffers"... */
export function kindNoun(kind: ReceiverKind): string {
  const nouns: Partial<Record<ReceiverKind, string>> = {
    object: "this value",
    typed: "typed arrays",
    arraybuffer: "ArrayBuffers",
    dataview: "DataViews",
    textencoder: "TextEncoders",
    textdecoder: "TextDecoders",
  };
  return nouns[kind] ?? `${kind}s`;
}

/** ns.name(...) on a namespace of the library: Math.max, JSON.stringify, console.log, ... */
export function staticBuiltin(fe: FunctionContext, ns: string, name: string, node: ts.CallExpression): Expr {
  const b = own(statics, ns) && own(statics[ns], name);
  const e = b && lower(fe, b, { node, name, args: node.arguments, recv: noReceiver, optional: false });
  if (e) return e;
  fe.m.error(node.expression, Refusals.LibraryMember, `${ns}.${name}`);
  return C.UNDEFINED;
}

/** name(...) of a global library function: parseInt, String, print, ... */
export function globalBuiltin(fe: FunctionContext, name: string, node: ts.CallExpression): Expr {
  const b = own(globalFunctions, name);
  const e = b && lower(fe, b, { node, name, args: node.arguments, recv: noReceiver, optional: false });
  if (e) return e;
  fe.m.error(node.expression, Refusals.LibraryMember, name);
  return C.UNDEFINED;
}

/** new Name(...) of a library class; undefined when not supported. */
export function newBuiltin(fe: FunctionContext, name: string, node: ts.NewExpression): Expr | undefined {
  const b = own(constructors, name) ?? binaryConstructor(name);
  return b?.(fe, { node, name, args: node.arguments ?? [], recv: noReceiver, optional: false });
}

/** Math.PI, Number.MAX_SAFE_INTEGER, ...; Device.target and the other settings of the build. */
export function builtinConstant(fe: FunctionContext, ns: string, node: ts.PropertyAccessExpression): Expr {
  const setting = ns === "Device" ? own<string>({ ...fe.m.platform }, node.name.text) : undefined;
  if (setting !== undefined) return fe.m.str(setting);
  const c = own(constants, ns) && own(constants[ns], node.name.text);
  if (c) return c;
  fe.m.error(node, Refusals.LibraryMember, `${ns}.${node.name.text}`);
  return C.UNDEFINED;
}

/** A library function referenced as a value (not called): a generated entry. */
export function builtinFunctionValue(fe: FunctionContext, name: string): Expr | undefined {
  const body = own(builtinValues, name);
  return body && fe.m.builtinValue(name, body);
}
