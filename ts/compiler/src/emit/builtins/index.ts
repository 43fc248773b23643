/** The library's builtins by receiver and namespace: which table holds a member, and how a call is lowered. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Expr, Repr } from "../../cir/nodes";
import { Refusals } from "../../diag";
import { isLibSymbol } from "../../lib/symbols";
import { FunctionContext } from "../context";
import { ctypeOf } from "../ctypes";
import { chainReceiver } from "../operands";
import { arrayMethods, arrayStatics } from "./array";
import { consoleStatics } from "./console";
import { dateStatics } from "./date";
import { constructors, globalFunctions } from "./globals";
import { jsonStatics } from "./json";
import { mapMethods } from "./map";
import { mathConstants, mathStatics } from "./math";
import { booleanMethods, numberConstants, numberMethods, numberStatics } from "./number";
import { objectStatics } from "./object";
import { isMatchArrayType, isRegExpType, regexpMethods } from "./regexp";
import { setMethods } from "./set";
import { Builtin, BuiltinCall, lower } from "./spec";
import { stringMethods, stringStatics } from "./string";
import { builtinValues } from "./values";

export type ReceiverKind = "string" | "array" | "map" | "set" | "number" | "boolean" | "regexp" | "object";

export function receiverKind(checker: ts.TypeChecker, t: ts.Type): ReceiverKind {
  const c = ctypeOf(t);
  if (c === "str") return "string";
  if (c === "double") return "number";
  if (c === "bool") return "boolean";
  if (checker.isArrayType(t) || checker.isTupleType(t)) return "array";
  // exec/match results are arrays too, with index, input and groups (isMatchArrayType)
  const arrayLike = (m: ts.Type) => checker.isArrayType(m) || checker.isTupleType(m) || isMatchArrayType(m);
  if (arrayLike(t) || (t.isUnion() && t.types.every(arrayLike))) return "array";
  if (isRegExpType(t)) return "regexp";
  const sym = t.getSymbol();
  if (sym && isLibSymbol(sym)) {
    if (sym.name === "Map" || sym.name === "ReadonlyMap") return "map";
    if (sym.name === "Set" || sym.name === "ReadonlySet") return "set";
    if (sym.name === "ReadonlyArray") return "array";
  }
  return "object";
}

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
  regexp: { table: regexpMethods, recv: "val" },
  object: { table: objectMethods, recv: "val" },
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
};

const constants: Record<string, Record<string, Expr>> = { Math: mathConstants, Number: numberConstants };

const own = <T>(table: Record<string, T>, name: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;

/** Array methods that take spread arguments. */
const spreading = new Set(["push", "unshift", "concat"]);

const noReceiver = (): never => {
  throw new Error("a static builtin has no receiver");
};

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
  const call: BuiltinCall = {
    node,
    name,
    args: node.arguments,
    recv: chainReceiver(fe, callee),
    recvNode: callee.expression,
    optional: !!callee.questionDotToken,
  };
  const e = b && lower(fe, b, call, recv);
  if (e) return e;
  fe.m.error(callee.name, Refusals.NotSupportedOn, name, kind === "object" ? "this value" : `${kind}s`);
  return C.UNDEFINED;
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
  const b = own(constructors, name);
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
