/** Calls and `new`: native functions and methods of the app, the library's builtins, the device API. */
import ts from "typescript";
import * as C from "../cir/build";
import { Expr, Func, Repr } from "../cir/nodes";
import { Refusals } from "../diag";
import { deviceMethod, isDeviceSymbol, isLibSymbol } from "../lib/symbols";
import { globalBuiltin, methodBuiltin, newBuiltin, receiverKind, staticBuiltin } from "./builtins";
import { ClassInfo, FunctionContext } from "./context";
import { isSuperSpread } from "../mixins";
import { movedParams } from "./layout";
import { Argv, argvOf, callWithArgv, chainReceiver, ordered, settled } from "./operands";

const K = ts.SyntaxKind;

/** `Math`, `JSON`, ... when the identifier names the library's namespace object. */
export function builtinNamespace(fe: FunctionContext, e: ts.Expression): string | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const sym = fe.checker.getSymbolAtLocation(e);
  if (!sym || !isLibSymbol(sym)) return undefined;
  return e.text;
}

/** `ns` of `import * as ns from "./file"`: a file of the app, whose members are its exports. */
export function isModuleNamespace(fe: FunctionContext, e: ts.Expression): boolean {
  if (!ts.isIdentifier(e)) return false;
  const decl = fe.checker.getSymbolAtLocation(e)?.valueDeclaration;
  return !!decl && ts.isSourceFile(decl);
}

/** A name, or ns.name of a namespace import: what can name a class for its static members. */
export function isStaticName(fe: FunctionContext, e: ts.Expression): boolean {
  return ts.isIdentifier(e) || (ts.isPropertyAccessExpression(e) && isModuleNamespace(fe, e.expression));
}

/** Whether a call of unit (a function, a method, a class's construction) may run code of the app that changes what its caller read (emit/quiet.ts). */
function runsApp(fe: FunctionContext, unit: ts.Node): boolean {
  return !fe.m.isQuiet(unit);
}

/**
 * Arguments for a native signature: typed, missing ones undefined, rest parameters packed in an
 * array (on the temporary stack). `lead` values (the receiver) come first.
 */
function nativeArgs(
  fe: FunctionContext,
  runs: boolean,
  decl: ts.SignatureDeclaration,
  types: Repr[],
  args: readonly ts.Expression[],
  lead: Expr[] = [],
  fresh?: boolean[],
): { pre: Expr[]; values: Expr[] } {
  const items: { node: ts.Expression; t: Repr }[] = [];
  const missing: Expr[] = [];
  let rest: Expr | undefined;
  decl.parameters.forEach((p, i) => {
    if (p.dotDotDotToken) {
      const restArgs = args.slice(i);
      const a = argvOf(fe, restArgs);
      const arr = C.call("ts_arr_of", [a.argc, a.argv], "val", { owned: true });
      rest = restArgs.some(ts.isSpreadElement) ? C.after(a.pre, C.temp(arr)) : C.temp(C.after(a.pre, arr));
      fe.usedTmp = true;
      return;
    }
    if (i < args.length) {
      if (ts.isSpreadElement(args[i])) fe.m.error(args[i], Refusals.SpreadRestOnly);
      items.push({ node: args[i], t: types[i] });
    } else missing.push(C.UNDEFINED);
  });
  const o = ordered(fe, items, { fresh, runsApp: runs });
  return { pre: o.pre, values: [...lead, ...o.items, ...missing, ...(rest ? [rest] : [])] };
}

/** A call of a generated function with a native signature. */
function callNative(
  fe: FunctionContext,
  unit: ts.Node,
  f: Func,
  decl: ts.SignatureDeclaration,
  types: Repr[],
  args: readonly ts.Expression[],
  lead: Expr[] = [],
): Expr {
  const { pre, values } = nativeArgs(fe, runsApp(fe, unit), decl, types, args, lead);
  const ret = f.ret as Repr | "void";
  return C.after(pre, C.callDef(f, values, ret, ret === "str" || ret === "val"));
}

export function emitCall(fe: FunctionContext, node: ts.CallExpression): Expr {
  let callee: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  const args = node.arguments;

  if (callee.kind === K.SuperKeyword) return superConstructor(fe, node);

  // ns.f(...) of a namespace import: f itself
  const member = ts.isPropertyAccessExpression(callee) && isModuleNamespace(fe, callee.expression);
  if (member || ts.isIdentifier(callee)) {
    const decl = fe.checker.getSymbolAtLocation(callee)?.valueDeclaration;
    const f = decl && ts.isFunctionDeclaration(decl) ? fe.m.functions.get(decl) : undefined;
    if (member && f) return callNative(fe, f.decl, f.def, f.decl, fe.m.paramCTypes(f.decl), args);
  }
  if (ts.isPropertyAccessExpression(callee) && !node.questionDotToken && !member) {
    const name = callee.name.text;
    if (callee.expression.kind === K.SuperKeyword) return superMethod(fe, callee, args);
    const ns = builtinNamespace(fe, callee.expression);
    if (ns && ns !== "console" && ns !== "JSON" && isDeviceSymbol(fe.checker.getSymbolAtLocation(callee)))
      return deviceCall(fe, `ts_api_${ns}_${name}`, [], argvOf(fe, args), callee.name);
    if (ns) return staticBuiltin(fe, ns, name, node);
    const recvSym = fe.checker.getSymbolAtLocation(callee.expression);
    const staticCls = fe.m.classOf(recvSym?.valueDeclaration);
    if (staticCls && isStaticName(fe, callee.expression)) {
      const m = findStaticMethod(staticCls, name);
      if (m) return callNative(fe, m.decl, m.cls.methodDefs.get(name)!, m.decl, fe.m.paramCTypes(m.decl), args);
    }
    const recvType = fe.checker.getNonNullableType(fe.type(callee.expression));
    const kind = receiverKind(fe.checker, recvType);
    const sym = fe.checker.getSymbolAtLocation(callee);
    if (kind !== "object" || (sym && isLibSymbol(sym) && !isDeviceSymbol(sym)))
      return methodBuiltin(fe, kind, callee, node);
    const decl = sym?.valueDeclaration;
    const owner =
      decl && ts.isMethodDeclaration(decl) && ts.isClassLike(decl.parent) ? fe.m.classOf(decl.parent) : undefined;
    const method = owner && decl && ts.isMethodDeclaration(decl) ? decl : undefined;
    const direct = owner && method?.body && !fe.m.isVirtual(owner, name);
    const slot = owner && method && !direct ? fe.m.methodSlot(owner, name) : undefined;
    // a native method borrows its receiver (ts_call_on holds the receiver of the others)
    const slotRuns = !!slot && !fe.m.isQuietCall(slot.decl);
    const recv = chainReceiver(fe, callee, method && direct ? runsApp(fe, method) : slotRuns)("val");
    if (owner && method && direct)
      return callNative(fe, method, owner.methodDefs.get(name)!, method, fe.m.paramCTypes(method), args, [recv]);
    if (slot) {
      const { pre, values } = nativeArgs(fe, slotRuns, slot.decl, fe.m.paramCTypes(slot.decl), args, [recv]);
      const ret = slot.dispatch.ret as Repr | "void";
      const text = C.cstring(calleeText(callee));
      return C.after(pre, C.callDef(slot.dispatch, [text, ...values], ret, ret === "str" || ret === "val"));
    }
    const device = deviceMethod(sym);
    if (device) return deviceCall(fe, device, [recv], argvOf(fe, args), callee.name);
    const text = C.cstring(calleeText(callee));
    return callWithArgv("ts_call_method_as", [recv, fe.m.str(name), text], argvOf(fe, args, true), "val", {
      owned: true,
    });
  }

  if (ts.isIdentifier(callee)) {
    const sym = fe.checker.getSymbolAtLocation(callee);
    if (sym && isDeviceSymbol(sym) && callee.text !== "print")
      return deviceCall(fe, `ts_api_${callee.text}`, [], argvOf(fe, args), callee);
    if (sym && isLibSymbol(sym)) return globalBuiltin(fe, callee.text, node);
    const decl = sym?.valueDeclaration;
    const f = decl && ts.isFunctionDeclaration(decl) ? fe.m.functions.get(decl) : undefined;
    if (f && !fe.lookup(sym!)) return callNative(fe, f.decl, f.def, f.decl, fe.m.paramCTypes(f.decl), args);
  }
  // o[k](...): a method call, `this` is o
  if (ts.isElementAccessExpression(callee) && !callee.questionDotToken && !node.questionDotToken) {
    const recvType = fe.checker.getNonNullableType(fe.type(callee.expression));
    if (receiverKind(fe.checker, recvType) === "object") {
      const o = ordered(fe, [
        { node: callee.expression, t: "val" },
        { node: callee.argumentExpression, t: "val" },
      ]);
      const text = C.cstring(calleeText(callee));
      return C.after(
        [...o.pre, fe.at(callee)],
        callWithArgv("ts_call_method_v", [...o.items, text], argvOf(fe, args, true), "val", { owned: true }),
      );
    }
  }
  // a function value: checked first, so that the error names the callee as node does
  const fn = C.call("ts_callee", [chainReceiver(fe, node)("val"), C.cstring(calleeText(callee))], "val");
  const a = argvOf(fe, args, true);
  return C.after([...a.pre, fe.at(callee)], C.call("ts_call", [fn, a.argc, a.argv], "val", { owned: true }));
}

/** The callee as V8 names it in "... is not a function": `conf.handler`, `fns[0]`, `make(...)`. */
function calleeText(e: ts.Expression): string {
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e))
    return calleeText(e.expression);
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === K.ThisKeyword) return "this";
  if (ts.isPropertyAccessExpression(e)) return `${calleeText(e.expression)}.${e.name.text}`;
  if (ts.isElementAccessExpression(e)) return `${calleeText(e.expression)}[${e.argumentExpression.getText()}]`;
  if (ts.isCallExpression(e)) return `${calleeText(e.expression)}(...)`;
  // a literal as V8 prints it: 5, "s", true, null
  if (ts.isNumericLiteral(e)) return String(Number(e.text));
  if (ts.isStringLiteral(e)) return JSON.stringify(e.text);
  if (e.kind === K.TrueKeyword || e.kind === K.FalseKeyword || e.kind === K.NullKeyword) return e.getText();
  return "(intermediate value)";
}

function findStaticMethod(cls: ClassInfo, name: string): { cls: ClassInfo; decl: ts.MethodDeclaration } | undefined {
  for (let c: ClassInfo | undefined = cls; c; c = c.parent) {
    const m = c.staticMethods.get(name);
    if (m) return { cls: c, decl: m };
  }
  return undefined;
}

function superConstructor(fe: FunctionContext, node: ts.CallExpression): Expr {
  const cls = fe.cls;
  if (!cls) return C.UNDEFINED;
  const self = fe.thisExpr!;
  if (!cls.parent) {
    // extends Error: super(message, options)
    const { pre, items } = ordered(
      fe,
      node.arguments.slice(0, 2).map((a) => ({ node: a, t: "val" as Repr })),
      { runsApp: true },
    );
    while (items.length < 2) items.push(C.UNDEFINED);
    return C.after(pre, C.call("ts_error_init", [self, ...items], "void"));
  }
  if (
    fe.passThrough &&
    node.arguments.length === 1 &&
    isSuperSpread((node.arguments[0] as ts.SpreadElement).expression)
  )
    return C.callDef(
      cls.parent.init,
      [self, ...fe.passThrough, ...(movedParams(fe.m, cls.parent).length ? [C.lit("0u", "uint32")] : [])],
      "void",
    );
  const ctor = fe.m.ctorDecl(cls.parent);
  if (!ctor) return C.callDef(cls.parent.init, [self], "void");
  const unit = cls.parent.decl;
  if (!movedParams(fe.m, cls.parent).length)
    return callNative(fe, unit, cls.parent.init, ctor, fe.m.ctorParams(cls.parent), node.arguments, [self]);
  // super(...) hands nothing over: the subclass's caller owns the arguments
  const { pre, values } = nativeArgs(fe, runsApp(fe, unit), ctor, fe.m.ctorParams(cls.parent), node.arguments, [self]);
  return C.after(pre, C.callDef(cls.parent.init, [...values, C.lit("0u", "uint32")], "void"));
}

function superMethod(fe: FunctionContext, callee: ts.PropertyAccessExpression, args: readonly ts.Expression[]): Expr {
  const name = callee.name.text;
  for (let c = fe.cls?.parent; c; c = c.parent) {
    const m = c.methods.get(name);
    if (m) return callNative(fe, m, c.methodDefs.get(name)!, m, fe.m.paramCTypes(m), args, [fe.thisExpr!]);
  }
  fe.m.error(callee, Refusals.NoParentMethod, name);
  return C.UNDEFINED;
}

export function emitNew(fe: FunctionContext, node: ts.NewExpression): Expr {
  const args = node.arguments ?? [];
  let callee: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  const sym = fe.checker.getSymbolAtLocation(node.expression);
  // new (class { ... })(): a class inside a function, compiled once
  const cls = ts.isClassExpression(callee) ? fe.m.classOf(callee) : fe.m.classOf(sym?.valueDeclaration);
  if (cls) {
    if (ts.getCombinedModifierFlags(cls.decl) & ts.ModifierFlags.Abstract) {
      fe.m.error(node, Refusals.AbstractNew);
      return C.UNDEFINED;
    }
    const ctor = fe.m.ctorDecl(cls);
    const moves = movedParams(fe.m, cls);
    if (moves.length) {
      // arguments that are fresh temporaries are handed over to the fields they are stored in
      const fresh: boolean[] = [];
      const { pre, values } = nativeArgs(fe, runsApp(fe, cls.decl), ctor!, fe.m.ctorParams(cls), args, [], fresh);
      const mask = moves.reduce((acc, mp) => (fresh[mp.index] ? acc + 2 ** mp.index : acc), 0);
      return C.after(pre, C.callDef(cls.create, [...values, C.lit(`${mask}u`, "uint32")], "val", true));
    }
    if (!fe.m.isErrorClass(cls))
      return ctor
        ? callNative(fe, cls.decl, cls.create, ctor, fe.m.ctorParams(cls), args)
        : C.callDef(cls.create, [], "val", true);
    // an error records where it is created: the position goes in ts_loc after the arguments are evaluated
    const given = ctor
      ? nativeArgs(fe, runsApp(fe, cls.decl), ctor, fe.m.ctorParams(cls), args)
      : { pre: [], values: [0, 1].map((i) => (args[i] ? fe.arg(args[i], "val") : C.UNDEFINED)) };
    const s = settled(fe, given.values);
    return C.after([...given.pre, ...s.pre, fe.at(node)], C.callDef(cls.create, s.items, "val", true));
  }
  const name = ts.isIdentifier(node.expression) ? node.expression.text : "";
  const e = sym && isLibSymbol(sym) ? newBuiltin(fe, name, node) : undefined;
  if (e) return e;
  fe.m.error(node, Refusals.New, name || node.expression.getText());
  return C.UNDEFINED;
}

/** A device API function: fn(self?, argc, argv), all arguments as values, result owned.
 *  What it throws (a bad argument, a write past the send buffer) is reported at pos,
 *  the method's name, as node reports it. */
function deviceCall(fe: FunctionContext, fn: string, self: Expr[], a: Argv, pos: ts.Node): Expr {
  fe.m.usesDeviceApi = true;
  return C.after([...a.pre, fe.at(pos)], C.call(fn, [...self, a.argc, a.argv], "val", { owned: true }));
}
