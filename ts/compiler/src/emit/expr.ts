/** Expressions: names, members, literals, operators and assignments. */
import ts from "typescript";
import * as C from "../cir/build";
import { Expr, Repr, isHeap } from "../cir/nodes";
import { Refusals } from "../diag";
import { isLibSymbol } from "../lib/symbols";
import { builtinConstant, builtinFunctionValue, kindNoun, receiverKind, strReceiver } from "./builtins";
import { isMatchArrayType, regexpProperty } from "./builtins/regexp";
import { binaryProperty, isBinaryKind } from "./builtins/binary";
import { builtinNamespace, emitCall, emitNew, isModuleNamespace, isStaticName } from "./calls";
import { errorClassRef, errorClasses } from "./builtins/globals";
import { ClassInfo, FunctionContext, FunctionLike, ScalarLocals, VarInfo, valArray } from "./context";
import { accessKey } from "../analyze/scalars";
import { counterRemainder, elementRead, elementWrite, numberElement } from "./arrays";
import { integerExpr } from "./integers";
import { bitNot, bitOp, isBitOp, numberCompare } from "./int32";
import { chainReceiver, hasSideEffects, inOrder, ordered, settled, stringOf, unstable } from "./operands";
import { fieldOf, fieldPlace } from "./layout";

const K = ts.SyntaxKind;

export function emitExpr(fe: FunctionContext, node: ts.Expression, discard = false): Expr {
  // an optional chain short-circuits as a whole, at its outermost link
  if (
    ts.isOptionalChain(node) &&
    !(
      node.parent &&
      ts.isOptionalChain(node.parent) &&
      (node.parent as ts.PropertyAccessExpression).expression === node
    )
  ) {
    return optionalChain(fe, node);
  }
  switch (node.kind) {
    case K.ParenthesizedExpression:
      return emitExpr(fe, (node as ts.ParenthesizedExpression).expression, discard);
    case K.AsExpression:
    case K.TypeAssertionExpression: {
      const e = emitExpr(fe, (node as ts.AsExpression).expression);
      const t = fe.ctype(node);
      // an object asserted to be a number is used as one: its valueOf, as arithmetic on it gives in JS
      if (t === "double" && e.t === "val") return C.call("ts_as_num", [fe.borrow(e)], "double");
      return fe.convert(e, t);
    }
    case K.SatisfiesExpression:
    case K.NonNullExpression:
      return fe.convert(emitExpr(fe, (node as ts.AsExpression).expression), fe.ctype(node));
    case K.NumericLiteral:
      return C.num(Number((node as ts.NumericLiteral).text));
    case K.StringLiteral:
    case K.NoSubstitutionTemplateLiteral:
      return fe.m.str((node as ts.StringLiteral).text);
    case K.RegularExpressionLiteral:
      // a new object each evaluation, sharing the pattern compiled at start-up
      return C.call("ts_regexp_lit", [fe.m.regexpSite(node as ts.RegularExpressionLiteral)], "val", { owned: true });
    case K.TemplateExpression:
      return template(fe, node as ts.TemplateExpression);
    case K.TaggedTemplateExpression:
      return taggedTemplate(fe, node as ts.TaggedTemplateExpression);
    case K.TrueKeyword:
      return C.TRUE;
    case K.FalseKeyword:
      return C.FALSE;
    case K.NullKeyword:
      return C.NULL_VALUE;
    case K.Identifier:
      return identifier(fe, node as ts.Identifier);
    case K.ThisKeyword:
      return fe.thisExpr ?? C.UNDEFINED;
    case K.PropertyAccessExpression:
      return propertyAccess(fe, node as ts.PropertyAccessExpression);
    case K.ElementAccessExpression:
      return elementAccess(fe, node as ts.ElementAccessExpression);
    case K.CallExpression:
      return emitCall(fe, node as ts.CallExpression);
    case K.NewExpression:
      return emitNew(fe, node as ts.NewExpression);
    case K.ArrowFunction:
    case K.FunctionExpression:
    case K.FunctionDeclaration:
    case K.MethodDeclaration:
      return fe.closure(node as unknown as FunctionLike);
    case K.ObjectLiteralExpression:
      return objectLiteral(fe, node as ts.ObjectLiteralExpression);
    case K.ArrayLiteralExpression:
      return arrayLiteral(fe, node as ts.ArrayLiteralExpression);
    case K.BinaryExpression:
      return binary(fe, node as ts.BinaryExpression, discard);
    case K.PrefixUnaryExpression:
    case K.PostfixUnaryExpression:
      return unary(fe, node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, discard);
    case K.ConditionalExpression: {
      const c = node as ts.ConditionalExpression;
      const t = fe.ctype(node);
      const test = fe.truthy(c.condition);
      const a = fe.as(c.whenTrue, t);
      const b = fe.as(c.whenFalse, t);
      if (a.owned === b.owned || !isHeap(t)) return C.cond(test, a, b, t, a.owned && isHeap(t));
      return C.cond(test, fe.borrow(a), fe.borrow(b), t);
    }
    case K.TypeOfExpression: {
      const e = fe.expr((node as ts.TypeOfExpression).expression);
      return C.call("ts_typeof", [fe.borrow(C.wrap(e))], "str");
    }
    case K.DeleteExpression: {
      const target = (node as ts.DeleteExpression).expression;
      if (ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target)) {
        const obj = fe.arg(target.expression, "val");
        const key = ts.isPropertyAccessExpression(target)
          ? fe.m.str(target.name.text)
          : fe.arg(target.argumentExpression, "str");
        return C.call("ts_obj_delete", [obj, key], "bool");
      }
      break;
    }
  }
  fe.m.error(node, Refusals.Expression, K[node.kind]);
  return C.UNDEFINED;
}

function template(fe: FunctionContext, node: ts.TemplateExpression): Expr {
  const spans = inOrder(
    fe,
    node.templateSpans.map((s) => s.expression),
    (e) => stringOf(fe, e),
  );
  const parts: Expr[] = [];
  if (node.head.text) parts.push(fe.m.str(node.head.text));
  node.templateSpans.forEach((span, i) => {
    parts.push(spans.items[i]);
    if (span.literal.text) parts.push(fe.m.str(span.literal.text));
  });
  return C.after(spans.pre, concatN(parts));
}

/**
 * tag`a${x}b`: tag(strings, x), where strings is the site's array of the cooked texts, made once,
 * whose `raw` (ts_template_raw) holds the texts as written. A method as the tag gets its object as
 * `this`; String.raw is the runtime's.
 */
function taggedTemplate(fe: FunctionContext, node: ts.TaggedTemplateExpression): Expr {
  const t = node.template;
  const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
  const cooked = parts.map((p) => (p.text === undefined ? C.lit("NULL", "str") : fe.m.str(p.text)));
  const raw = parts.map((p) => fe.m.str(p.rawText ?? p.text));
  const strings = C.call(
    "ts_template",
    [fe.m.templateSite(), C.int(parts.length), C.arrayLit("str", cooked), C.arrayLit("str", raw)],
    "val",
  );
  const subs = ts.isNoSubstitutionTemplateLiteral(t) ? [] : t.templateSpans.map((s) => s.expression);
  let tag: ts.Expression = node.tag;
  while (ts.isParenthesizedExpression(tag)) tag = tag.expression;
  const isStringRaw =
    ts.isPropertyAccessExpression(tag) && builtinNamespace(fe, tag.expression) === "String" && tag.name.text === "raw";
  const method =
    !isStringRaw &&
    ts.isPropertyAccessExpression(tag) &&
    !isModuleNamespace(fe, tag.expression) &&
    receiverKind(fe.checker, fe.checker.getNonNullableType(fe.type(tag.expression))) === "object";
  const values = ordered(fe, [
    ...(method ? [{ node: (tag as ts.PropertyAccessExpression).expression, t: "val" as Repr }] : []),
    ...(isStringRaw || method ? [] : [{ node: tag, t: "val" as Repr }]),
    ...subs.map((e) => ({ node: e, t: "val" as Repr })),
  ]);
  const argv = (rest: Expr[]) => [C.int(rest.length + 1), valArray([strings, ...rest])];
  const text = C.cstring(tag.getText());
  if (isStringRaw) return C.after(values.pre, C.call("ts_str_raw", argv(values.items), "str", { owned: true }));
  const [head, ...rest] = values.items;
  const call = method
    ? C.call(
        "ts_call_method_as",
        [head, fe.m.str((tag as ts.PropertyAccessExpression).name.text), text, ...argv(rest)],
        "val",
        {
          owned: true,
        },
      )
    : C.call("ts_call", [C.call("ts_callee", [head, text], "val"), ...argv(rest)], "val", { owned: true });
  return C.after([...values.pre, fe.at(tag)], call);
}

function concatN(parts: Expr[]): Expr {
  return C.call("ts_str_concat_n", [C.int(parts.length), C.arrayLit("str", parts)], "str", { owned: true });
}

function identifier(fe: FunctionContext, id: ts.Identifier): Expr {
  const sym =
    ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
      ? fe.checker.getShorthandAssignmentValueSymbol(id.parent)
      : fe.checker.getSymbolAtLocation(id);
  if (id.text === "undefined" && (!sym || !sym.declarations?.length || isLibSymbol(sym))) return C.UNDEFINED;
  if (!sym || isLibSymbol(sym)) {
    if (id.text === "NaN") return C.NAN;
    if (id.text === "Infinity") return C.INFINITY;
    const fn = sym && builtinFunctionValue(fe, id.text);
    if (fn) return fn;
    fe.m.error(id, Refusals.NotAValue, id.text);
    return C.UNDEFINED;
  }
  if (sym.valueDeclaration && ts.isSourceFile(sym.valueDeclaration)) {
    fe.m.error(id, Refusals.NamespaceValue, id.text);
    return C.UNDEFINED;
  }
  return symbolValue(fe, sym, id);
}

/** The value of a variable, function or enum of the app, named at `at`. */
function symbolValue(fe: FunctionContext, sym: ts.Symbol, at: ts.Node): Expr {
  const v = fe.lookup(sym);
  if (v) return fe.readVar(v);
  const decl = sym.valueDeclaration;
  if (decl && ts.isFunctionDeclaration(decl)) {
    const f = fe.m.functions.get(decl);
    if (f) return fe.m.functionValue(f);
  }
  if (decl && ts.isFunctionExpression(decl) && decl === fe.node && fe.entry)
    return C.call("ts_fn_v", [C.ref(fe.entry.fn)], "val");
  if (decl && ts.isEnumDeclaration(decl)) return fe.m.enumObject(decl);
  if (decl && fe.m.classOf(decl)) {
    fe.m.error(at, Refusals.ClassValue);
    return C.UNDEFINED;
  }
  fe.m.error(at, Refusals.CannotUse, sym.name);
  return C.UNDEFINED;
}

/** Static members, enum members, and builtin constants reached through a name. */
function staticMember(fe: FunctionContext, node: ts.PropertyAccessExpression): Expr | undefined {
  const member = fe.checker.getSymbolAtLocation(node)?.valueDeclaration;
  const constant = member && ts.isEnumMember(member) ? fe.checker.getConstantValue(member) : undefined;
  if (constant !== undefined) return typeof constant === "number" ? C.num(constant) : fe.m.str(constant);
  if (isModuleNamespace(fe, node.expression)) {
    const sym = fe.checker.getSymbolAtLocation(node);
    return sym ? symbolValue(fe, sym, node) : C.UNDEFINED;
  }
  if (!isStaticName(fe, node.expression)) return undefined;
  const sym = fe.checker.getSymbolAtLocation(node.expression);
  const decl = sym?.valueDeclaration;
  const cls = fe.m.classOf(decl);
  if (cls) {
    // a parent's static field, unless this class declares its own (a subclass shares the parent's)
    let v: VarInfo | undefined;
    for (let c: ClassInfo | undefined = cls; c && !v; c = c.parent) v = c.statics.get(node.name.text);
    if (v) return fe.readVar(v);
    const m = cls.staticMethods.get(node.name.text);
    if (m && !(ts.isCallExpression(node.parent) && node.parent.expression === node))
      return fe.m.staticMethodValue(cls, node.name.text);
    // a class's own name: its const's or its own, "" for a mixin's anonymous class
    if (node.name.text === "name") return fe.m.str(cls.name);
    return undefined;
  }
  if (decl && ts.isEnumDeclaration(decl)) {
    fe.m.error(node, Refusals.EnumMember);
    return C.UNDEFINED;
  }
  const ns = builtinNamespace(fe, node.expression);
  if (ns) return builtinFunctionValue(fe, `${ns}.${node.name.text}`) ?? builtinConstant(fe, ns, node);
  return undefined;
}

/** `m: function () { ... this ... }` in an object literal: a method in all but name. */
function usesOwnThis(decl: ts.Declaration | undefined): boolean {
  if (!decl || !ts.isPropertyAssignment(decl) || !ts.isFunctionExpression(decl.initializer)) return false;
  const find = (n: ts.Node): boolean =>
    n.kind === K.ThisKeyword || (!ts.isFunctionExpression(n) && !!ts.forEachChild(n, find));
  return find(decl.initializer.body);
}

/** `p.a`, `p.b[1]` or `p.b.length` on a literal held as locals (analyze/scalars.ts): the local's value. */
function scalarRead(fe: FunctionContext, node: ts.Expression): Expr | undefined {
  const keys: string[] = [];
  let e = node;
  for (let k = accessKey(e); k !== undefined; k = accessKey(e)) {
    keys.unshift(k);
    e = (e as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression;
  }
  const sym = ts.isIdentifier(e) ? fe.checker.getSymbolAtLocation(e) : undefined;
  let cur: ScalarLocals | undefined = sym && fe.scalarVars.get(sym);
  for (const [i, k] of keys.entries()) {
    if (!cur) return undefined;
    const last = i === keys.length - 1;
    if (k === "length" && cur.length !== undefined) return last ? C.num(cur.length) : undefined;
    const part = cur.parts.get(k);
    if (part && !("parts" in part)) return last ? fe.convert(fe.readVar(part), fe.ctype(node)) : undefined;
    cur = part;
  }
  return undefined;
}

function propertyAccess(fe: FunctionContext, node: ts.PropertyAccessExpression): Expr {
  const scalar = scalarRead(fe, node);
  if (scalar) return scalar;
  const acc = accessorRead(fe, node);
  if (acc) return acc;
  const st = staticMember(fe, node);
  if (st) return st;
  const name = node.name.text;
  const recvType = fe.checker.getNonNullableType(fe.type(node.expression));
  const kind = receiverKind(fe.checker, recvType);
  const sym = fe.checker.getSymbolAtLocation(node);
  if (
    sym &&
    (sym.flags & ts.SymbolFlags.Method || usesOwnThis(sym.valueDeclaration)) &&
    !(ts.isCallExpression(node.parent) && node.parent.expression === node)
  ) {
    fe.m.error(node, Refusals.MethodValue, name);
    return C.UNDEFINED;
  }
  const ctor = constructorOf(fe, node);
  if (ctor) return ctor;
  const recv = chainReceiver(fe, node);
  if (name === "raw" && recvType.symbol?.name === "TemplateStringsArray")
    return C.call("ts_template_raw", [recv("val")], "val");
  if (name === "length" && kind === "string")
    return C.call("ts_str_length", [strReceiver(fe, node.expression, recv("str"), node.name)], "double");
  if (name === "length" && kind === "array") return C.call("ts_arr_length", [recv("val")], "double");
  if (name === "size" && (kind === "map" || kind === "set")) return C.call("ts_map_size", [recv("val")], "double");
  if (kind === "regexp") {
    const p = regexpProperty(recv("val"), name);
    if (p) return p;
  }
  // a match array's index, input, groups and indices are its own properties
  if (kind === "array" && isMatchArrayType(recvType) && ["index", "input", "groups", "indices"].includes(name))
    return C.call("ts_obj_get_ic", [recv("val"), fe.m.str(name), fe.m.ic(), fe.m.loc(node.name)], "val");
  const bin = isBinaryKind(kind) ? binaryProperty(kind, name, () => recv("val")) : undefined;
  if (bin) return bin;
  if (kind !== "object" && sym && isLibSymbol(sym)) {
    fe.m.error(node.name, Refusals.NotSupportedOn, name, kindNoun(kind));
    return C.UNDEFINED;
  }
  const field = fieldOf(fe.m, sym);
  if (field) return fe.convert(fieldPlace(fe, node.expression, recv("val"), node.name, field).read(), fe.ctype(node));
  // a read of undefined's property throws TypeError at the name
  const key = fe.m.key(name, sym?.valueDeclaration?.parent);
  return C.call("ts_obj_get_ic", [recv("val"), key, fe.m.ic(), fe.m.loc(node.name)], "val");
}

/** True for `o.constructor` where `constructor` is the library's (Object's), not a member of the app. */
function isLibConstructor(fe: FunctionContext, node: ts.Expression): node is ts.PropertyAccessExpression {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== "constructor") return false;
  const sym = fe.checker.getSymbolAtLocation(node);
  return !!sym && isLibSymbol(sym);
}

/** `o.constructor.name` of an object: its class's name, as node gives it. `o.constructor` alone is refused. */
function constructorOf(fe: FunctionContext, node: ts.PropertyAccessExpression): Expr | undefined {
  if (isLibConstructor(fe, node.expression) && node.name.text === "name") {
    const recvType = fe.checker.getNonNullableType(fe.type(node.expression.expression));
    const kind = receiverKind(fe.checker, recvType);
    if ((kind === "object" || kind === "array") && !node.questionDotToken && !node.expression.questionDotToken) {
      const o = settled(fe, [fe.arg(node.expression.expression, "val")]);
      return C.after([...o.pre, fe.at(node.expression.name)], C.call("ts_ctor_name", o.items, "str", { owned: true }));
    }
    fe.m.error(node.expression.name, Refusals.ConstructorValue);
    return C.UNDEFINED;
  }
  if (
    isLibConstructor(fe, node) &&
    !(node.parent && ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === "name")
  ) {
    fe.m.error(node.name, Refusals.ConstructorValue);
    return C.UNDEFINED;
  }
  return undefined;
}

/**
 * A read of a class's getter: a direct call (a setter alone reads undefined), or `super.x`'s parent
 * getter. An accessor a subclass overrides, or one read through another type, is found at run time.
 */
function accessorRead(fe: FunctionContext, node: ts.PropertyAccessExpression): Expr | undefined {
  const sym = fe.checker.getSymbolAtLocation(node);
  const isSuper = node.expression.kind === K.SuperKeyword;
  const get = fe.m.accessor(sym, "get", isSuper);
  if (!get) return fe.m.accessor(sym, "set", isSuper) ? C.UNDEFINED : undefined;
  // the getter is the app's code: a receiver it may free is held
  const self = get.isStatic ? [] : [isSuper ? fe.thisExpr! : chainReceiver(fe, node, true)("val")];
  const ret = get.def.ret as Repr;
  return C.callDef(get.def, self, ret, isHeap(ret));
}

function optionalChain(fe: FunctionContext, node: ts.Expression): Expr {
  const saved = fe.chainGuards;
  fe.chainGuards = [];
  const inner = emitExprNoChain(fe, node);
  const guards = fe.chainGuards;
  fe.chainGuards = saved;
  if (!guards.length) return inner;
  const test = guards.reduce((a, g) => C.binary("||", a, g, "bool"));
  return C.cond(test, C.UNDEFINED, fe.borrow(fe.convert(inner, "val")), "val");
}

function emitExprNoChain(fe: FunctionContext, node: ts.Expression): Expr {
  switch (node.kind) {
    case K.PropertyAccessExpression:
      return propertyAccess(fe, node as ts.PropertyAccessExpression);
    case K.ElementAccessExpression:
      return elementAccess(fe, node as ts.ElementAccessExpression);
    case K.CallExpression:
      return emitCall(fe, node as ts.CallExpression);
    case K.NonNullExpression:
      return emitExprNoChain(fe, (node as ts.NonNullExpression).expression);
  }
  return emitExpr(fe, node);
}

/** The position of a[i]'s bracket, which node names when a is not an array. */
function bracketLoc(fe: FunctionContext, node: ts.ElementAccessExpression): Expr {
  const text = node.getSourceFile().text;
  let pos = node.expression.end;
  while (pos < node.argumentExpression.pos && text[pos] !== "[") pos++;
  return fe.m.loc(node, pos);
}

/**
 * The position node names when `a[i] = v` or `o.k = v` fails: the `=` of a plain assignment, else
 * (`+=`, `++`) the bracket of an element, the start of a property's object.
 */
function writeLoc(fe: FunctionContext, node: ts.ElementAccessExpression | ts.PropertyAccessExpression): Expr {
  const p = node.parent;
  const plain = ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind === K.EqualsToken;
  if (plain) return fe.m.loc(p.operatorToken);
  return ts.isElementAccessExpression(node) ? bracketLoc(fe, node) : fe.m.loc(node.expression);
}

function elementAccess(fe: FunctionContext, node: ts.ElementAccessExpression): Expr {
  const scalar = scalarRead(fe, node);
  if (scalar) return scalar;
  const arg = node.argumentExpression;
  const recvType = fe.checker.getNonNullableType(fe.type(node.expression));
  if (ts.isStringLiteral(arg) && !recvType.getStringIndexType()) {
    const recv = chainReceiver(fe, node);
    return C.call("ts_obj_get_ic", [recv("val"), fe.m.str(arg.text), fe.m.ic(), bracketLoc(fe, node)], "val");
  }
  const kind = receiverKind(fe.checker, recvType);
  const recv = chainReceiver(fe, node);
  if (kind === "string") {
    const s = recv("str");
    return C.call("ts_str_index_at", [s, fe.arg(arg, "double"), bracketLoc(fe, node)], "str", { owned: true });
  }
  if (kind === "array") {
    const a = recv("val");
    return elementRead(a, fe.arg(arg, "double"), fe.ctype(node), bracketLoc(fe, node));
  }
  if (kind === "typed") return C.call("ts_ta_get", [recv("val"), fe.arg(arg, "double")], "val");
  const o = recv("val");
  if (fe.ctype(arg) === "str") return C.call("ts_obj_get_at", [o, fe.arg(arg, "str"), bracketLoc(fe, node)], "val");
  return C.call("ts_obj_get_v_at", [o, fe.arg(arg, "val"), bracketLoc(fe, node)], "val");
}

// ---------------------------------------------------------------- literals

/** The key a property name stands for, when it is known at compile time. */
function keyOf(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

function objectLiteral(fe: FunctionContext, node: ts.ObjectLiteralExpression): Expr {
  const simple = node.properties.every(
    (p) =>
      ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && keyOf(p.name) !== undefined) ||
      ts.isShorthandPropertyAssignment(p),
  );
  const valueOf = (p: ts.ObjectLiteralElementLike): ts.Expression | undefined => {
    if (ts.isPropertyAssignment(p)) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p)) return p.name;
    return undefined;
  };
  if (simple) {
    if (!node.properties.length) return C.call("ts_obj_new", [C.NULL, C.int(0)], "val", { owned: true });
    const keys = node.properties.map((p) => keyOf(p.name!)!);
    const { pre, items } = ordered(
      fe,
      node.properties.map((p) => ({
        node: ts.isMethodDeclaration(p) ? (p as unknown as ts.Expression) : valueOf(p)!,
        t: "val" as Repr,
      })),
    );
    // distinct names that are no array index (those come first, in numeric order) are stored as they
    // come; tsc refuses a repeated name, but a computed constant may repeat one
    const isIndex = (k: string) => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
    const plain = new Set(keys).size === keys.length && !keys.some(isIndex);
    const fn = plain ? "ts_obj_lit_distinct" : "ts_obj_lit";
    const lit = C.call(fn, [C.int(keys.length), fe.m.keys(keys), valArray(items)], "val", { owned: true });
    return C.after(pre, lit);
  }
  const o = fe.scratch("val");
  const steps: Expr[] = [
    C.assign(o, fe.borrow(C.call("ts_obj_new", [C.NULL, C.int(node.properties.length)], "val", { owned: true }))),
  ];
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      steps.push(C.call("ts_obj_assign", [o, fe.arg(p.expression, "val")], "void"));
    } else if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) {
      const key = keyOf(p.name);
      const v = fe.arg(valueOf(p)!, "val");
      if (key !== undefined) steps.push(C.call("ts_obj_set", [o, fe.m.str(key), v], "void"));
      else {
        const computed = (p.name as ts.ComputedPropertyName).expression;
        steps.push(C.call("ts_obj_set_v", [o, fe.arg(computed, "val"), v], "void"));
      }
    } else if (ts.isMethodDeclaration(p)) {
      const key = keyOf(p.name);
      if (key === undefined) fe.m.error(p.name, Refusals.ComputedMethodName);
      else steps.push(C.call("ts_obj_set", [o, fe.m.str(key), fe.arg(p as unknown as ts.Expression, "val")], "void"));
    } else if (ts.isAccessor(p)) {
      // an own accessor property: its function is a closure, like a method's
      const key = keyOf(p.name);
      const fn = fe.borrow(fe.closure(p as unknown as FunctionLike));
      const [get, set] = ts.isGetAccessor(p) ? [fn, C.UNDEFINED] : [C.UNDEFINED, fn];
      if (key === undefined) fe.m.error(p.name, Refusals.ComputedMethodName);
      else steps.push(C.call("ts_obj_define_accessor", [o, fe.m.str(key), get, set], "void"));
    }
  }
  return C.seq([...steps, o]);
}

function arrayLiteral(fe: FunctionContext, node: ts.ArrayLiteralExpression): Expr {
  if (!node.elements.length) return C.call("ts_arr_new", [C.int(0)], "val", { owned: true });
  if (!node.elements.some(ts.isSpreadElement)) {
    for (const e of node.elements) if (ts.isOmittedExpression(e)) fe.m.error(e, Refusals.ArrayHole);
    const { pre, items } = ordered(
      fe,
      node.elements.map((e) => ({ node: e, t: "val" as Repr })),
    );
    return C.after(pre, C.call("ts_arr_of", [C.int(items.length), valArray(items)], "val", { owned: true }));
  }
  const a = fe.scratch("val");
  const steps = [C.assign(a, fe.borrow(C.call("ts_arr_new", [C.int(node.elements.length)], "val", { owned: true })))];
  for (const e of node.elements) {
    if (ts.isSpreadElement(e)) steps.push(C.call("ts_arr_push_spread", [a, fe.arg(e.expression, "val")], "void"));
    else steps.push(C.call("ts_arr_push", [a, fe.arg(e, "val")], "double"));
  }
  return C.seq([...steps, a]);
}

// --------------------------------------------------------------- operators

const compoundOps: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
  [K.PlusEqualsToken]: K.PlusToken,
  [K.MinusEqualsToken]: K.MinusToken,
  [K.AsteriskEqualsToken]: K.AsteriskToken,
  [K.SlashEqualsToken]: K.SlashToken,
  [K.PercentEqualsToken]: K.PercentToken,
  [K.AsteriskAsteriskEqualsToken]: K.AsteriskAsteriskToken,
  [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken,
  [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken,
  [K.GreaterThanGreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanGreaterThanToken,
  [K.AmpersandEqualsToken]: K.AmpersandToken,
  [K.BarEqualsToken]: K.BarToken,
  [K.CaretEqualsToken]: K.CaretToken,
};

/** Operators on doubles that C has; the others are runtime functions with JS semantics. */
const cArithmetic: Partial<Record<ts.SyntaxKind, "+" | "-" | "*" | "/">> = {
  [K.PlusToken]: "+",
  [K.MinusToken]: "-",
  [K.AsteriskToken]: "*",
  [K.SlashToken]: "/",
};
const runtimeArithmetic: Partial<Record<ts.SyntaxKind, string>> = {
  [K.PercentToken]: "ts_rem",
  [K.AsteriskAsteriskToken]: "ts_pow",
};

/** A numeric binary operator applied to two doubles. */
function numericOp(op: ts.SyntaxKind, a: Expr, b: Expr): Expr {
  const c = cArithmetic[op];
  if (c) return C.binary(c, a, b, "double");
  const bits = bitOp(op, a, b);
  if (bits) return bits;
  if (op === K.PercentToken) {
    const r = counterRemainder(a, b);
    if (r) return r;
  }
  return C.call(runtimeArithmetic[op]!, [a, b], "double", { mayThrow: false, pure: true });
}

function isNullishLiteral(n: ts.Expression): boolean {
  return n.kind === K.NullKeyword || (ts.isIdentifier(n) && n.text === "undefined");
}

function binary(fe: FunctionContext, node: ts.BinaryExpression, discard: boolean): Expr {
  const op = node.operatorToken.kind;
  const { left, right } = node;
  if (op === K.EqualsToken) return assignTo(fe, left, fe.expr(right), discard, hasSideEffects(right));
  if (op === K.CommaToken) {
    const l = fe.expr(left);
    const first =
      l.owned && isHeap(l.t) ? C.call(l.t === "str" ? "ts_str_release" : "ts_release", [l], "void") : C.cast("void", l);
    return C.seq([first, fe.expr(right)]);
  }
  const compound = compoundOps[op];
  if (compound !== undefined) return compoundAssign(fe, node, compound, discard);
  if (op === K.QuestionQuestionEqualsToken || op === K.BarBarEqualsToken || op === K.AmpersandAmpersandEqualsToken) {
    const current = fe.expr(left);
    const test =
      op === K.QuestionQuestionEqualsToken
        ? C.not(C.call("ts_is_nullish", [C.wrap(current)], "bool"))
        : op === K.BarBarEqualsToken
          ? fe.truthyOf(current)
          : C.not(fe.truthyOf(current));
    const assigned = assignTo(fe, left, fe.expr(right), false, hasSideEffects(right));
    const t = assigned.t as Repr;
    return C.cond(test, fe.convert(current, t), fe.borrow(assigned), t);
  }
  if (cArithmetic[op] || runtimeArithmetic[op] || isBitOp(op)) {
    const t = fe.ctype(node);
    const int = t === "double" ? integerExpr(fe, node) : undefined;
    if (int) return C.cast("double", int);
    if (op === K.PlusToken && t === "str") return concat(fe, node);
    if (op === K.PlusToken && t !== "double") {
      const { pre, items } = ordered(fe, [
        { node: left, t: "val" },
        { node: right, t: "val" },
      ]);
      return fe.convert(C.after(pre, C.call("ts_add", items, "val", { owned: true })), t);
    }
    const { pre, items } = ordered(fe, [
      { node: left, t: "double" },
      { node: right, t: "double" },
    ]);
    return C.after(pre, numericOp(op, items[0], items[1]));
  }
  switch (op) {
    case K.AmpersandAmpersandToken:
    case K.BarBarToken:
    case K.QuestionQuestionToken:
      return logical(fe, node);
    case K.EqualsEqualsEqualsToken:
    case K.ExclamationEqualsEqualsToken:
    case K.EqualsEqualsToken:
    case K.ExclamationEqualsToken: {
      const negate = op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken;
      const loose = op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken;
      const eq = equality(fe, left, right, loose);
      return negate ? C.not(eq) : eq;
    }
    case K.LessThanToken:
    case K.GreaterThanToken:
    case K.LessThanEqualsToken:
    case K.GreaterThanEqualsToken:
      return comparison(fe, node);
    case K.InstanceOfKeyword: {
      const sym = fe.checker.getSymbolAtLocation(right);
      const cls = fe.m.classOf(sym?.valueDeclaration);
      if (!cls && ts.isIdentifier(right) && right.text === "RegExp" && sym && isLibSymbol(sym)) {
        fe.m.useRegExp(false);
        return C.call("ts_is_regexp", [fe.arg(left, "val")], "bool");
      }
      const target = cls
        ? C.addr(C.defRef(cls.table))
        : ts.isIdentifier(right) &&
            Object.prototype.hasOwnProperty.call(errorClasses, right.text) &&
            !!sym &&
            isLibSymbol(sym)
          ? errorClassRef(right.text)
          : ts.isIdentifier(right) && right.text === "Date" && !!sym && isLibSymbol(sym)
            ? C.addr(C.name("ts_date_class", { named: "TsClass" }))
            : undefined;
      if (!target) {
        fe.m.error(right, Refusals.InstanceOf);
        return C.FALSE;
      }
      return C.call("ts_instance_of", [fe.arg(left, "val"), target], "bool");
    }
    case K.InKeyword: {
      const { pre, items } = ordered(fe, [
        { node: left, t: "str" },
        { node: right, t: "val" },
      ]);
      return C.after(pre, C.call("ts_obj_has", [items[1], items[0]], "bool"));
    }
  }
  fe.m.error(node.operatorToken, Refusals.Operator, node.operatorToken.getText());
  return C.UNDEFINED;
}

function equality(fe: FunctionContext, left: ts.Expression, right: ts.Expression, loose: boolean): Expr {
  if (isNullishLiteral(right) || isNullishLiteral(left)) {
    const other = isNullishLiteral(right) ? left : right;
    const lit = isNullishLiteral(right) ? right : left;
    const e = fe.expr(other);
    if (e.t === "str") return C.binary("==", fe.borrow(e), C.NULL, "bool");
    if (e.t === "double") return C.call("ts_num_is_undef", [e], "bool");
    // a boolean or an int32 is never null or undefined; the operand is still evaluated
    if (e.t !== "val") return C.seq([C.cast("void", e), C.FALSE]);
    const v = fe.borrow(e);
    if (loose) return C.call("ts_is_nullish", [v], "bool");
    const tag = lit.kind === K.NullKeyword ? "TS_NULL" : "TS_UNDEFINED";
    return C.binary("==", C.field(v, "tag", "int"), C.lit(tag, "int"), "bool");
  }
  const lt = fe.ctype(left);
  const rt = fe.ctype(right);
  if (lt === rt && lt !== "val") {
    const { pre, items } = ordered(fe, [
      { node: left, t: lt },
      { node: right, t: rt },
    ]);
    if (lt === "str") return C.after(pre, C.call("ts_str_eq", items, "bool"));
    if (lt === "double") return C.after(pre, numberCompare("==", items[0], items[1]));
    return C.after(pre, C.binary("==", items[0], items[1], "bool"));
  }
  const { pre, items } = ordered(fe, [
    { node: left, t: "val" },
    { node: right, t: "val" },
  ]);
  return C.after(pre, C.call(loose ? "ts_loose_eq" : "ts_strict_eq", items, "bool"));
}

const relational: Partial<Record<ts.SyntaxKind, "<" | ">" | "<=" | ">=">> = {
  [K.LessThanToken]: "<",
  [K.GreaterThanToken]: ">",
  [K.LessThanEqualsToken]: "<=",
  [K.GreaterThanEqualsToken]: ">=",
};

function comparison(fe: FunctionContext, node: ts.BinaryExpression): Expr {
  const op = relational[node.operatorToken.kind]!;
  const lt = fe.ctype(node.left);
  const rt = fe.ctype(node.right);
  const operands = (t: Repr) =>
    ordered(fe, [
      { node: node.left, t },
      { node: node.right, t },
    ]);
  if (lt === "str" && rt === "str") {
    const { pre, items } = operands("str");
    return C.after(pre, C.binary(op, C.call("ts_str_cmp", items, "double"), C.int(0), "bool"));
  }
  if (lt === "val" && rt === "val") {
    const { pre, items } = operands("val");
    const [a, b] = items;
    // a > b is b < a, a >= b is b <= a
    const fn = op === "<" || op === ">" ? "ts_less_than" : "ts_less_equal";
    const args = op === "<" || op === "<=" ? [a, b] : [b, a];
    return C.after(pre, C.call(fn, args, "bool"));
  }
  const { pre, items } = operands("double");
  return C.after(pre, numberCompare(op, items[0], items[1]));
}

function logical(fe: FunctionContext, node: ts.BinaryExpression): Expr {
  const op = node.operatorToken.kind;
  const t = fe.ctype(node);
  const l = fe.expr(node.left);
  if (op !== K.QuestionQuestionToken && t === "bool" && l.t === "bool") {
    const r = fe.as(node.right, "bool");
    return C.binary(op === K.AmpersandAmpersandToken ? "&&" : "||", l, r, "bool");
  }
  if (op === K.QuestionQuestionToken && l.t === "double") {
    const s = fe.scratch("double");
    const undef = C.call("ts_num_is_undef", [C.assign(s, l)], "bool");
    return fe.convert(C.cond(undef, fe.arg(node.right, "double"), s, "double"), t);
  }
  if (op === K.QuestionQuestionToken && l.t !== "val" && l.t !== "str") return fe.convert(l, t);
  const s = fe.scratch(l.t as Repr);
  const held = C.assign(s, fe.borrow(l));
  const test =
    op === K.QuestionQuestionToken
      ? l.t === "str"
        ? C.binary("==", held, C.NULL, "bool")
        : C.call("ts_is_nullish", [held], "bool")
      : op === K.BarBarToken
        ? C.not(fe.truthyOf(held))
        : fe.truthyOf(held);
  // test true: the right side is the value
  const r = fe.borrow(fe.as(node.right, t));
  const keep = fe.convert(s, t);
  return C.cond(test, r, fe.borrow(keep), t);
}

/** A string operand of `+`: an object converts without a hint, valueOf before toString (templates use toString). */
function addOperand(fe: FunctionContext, e: Expr): Expr {
  if (e.t !== "val") return stringOf(fe, e);
  return fe.borrow(C.call("ts_to_string_for_add", [fe.borrow(e)], "str", { owned: true }));
}

/** a + b + c on strings: one concatenation of all parts. */
function concat(fe: FunctionContext, node: ts.BinaryExpression): Expr {
  const leaves: ts.Expression[] = [];
  const flatten = (e: ts.Expression) => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === K.PlusToken && fe.ctype(e) === "str") {
      flatten(e.left);
      flatten(e.right);
    } else leaves.push(e);
  };
  flatten(node);
  const { pre, items } = inOrder(fe, leaves, (e) => addOperand(fe, e));
  if (items.length === 2) return C.after(pre, C.call("ts_str_concat", items, "str", { owned: true }));
  return C.after(pre, concatN(items));
}

function unary(
  fe: FunctionContext,
  node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression,
  discard: boolean,
): Expr {
  const op = node.operator;
  if (op === K.PlusPlusToken || op === K.MinusMinusToken) return increment(fe, node, discard);
  const operand = node.operand;
  switch (op) {
    case K.ExclamationToken:
      return C.not(fe.truthy(operand));
    case K.MinusToken:
      return C.unary("-", toNumber(fe, fe.expr(operand)), "double");
    case K.PlusToken:
      return toNumber(fe, fe.expr(operand));
    case K.TildeToken:
      return bitNot(toNumber(fe, fe.expr(operand)));
  }
  fe.m.error(node, Refusals.UnaryOperator);
  return C.UNDEFINED;
}

/** ToNumber(e): JavaScript's conversion, valueOf and toString of objects included (-[[25]] is -25). */
function toNumber(fe: FunctionContext, e: Expr): Expr {
  if (e.t === "double") return e;
  if (e.t === "str") return C.call("ts_str_to_num", [fe.borrow(e)], "double");
  if (e.t === "bool") return C.cond(e, C.num(1), C.num(0), "double");
  return C.call("ts_to_number", [fe.borrow(e)], "double");
}

// --------------------------------------------------------------- assignment

/** An lvalue: how to read it and how to store into it. */
interface Place {
  read(): Expr;
  /** An expression storing a borrowed-or-owned value; its own value is not the stored one. */
  write(e: Expr): Expr;
  /** A C lvalue of type double, when the place holds a plain number. */
  numLvalue?: Expr;
  /** A C lvalue of type TsString *, for in-place appends. */
  strLvalue?: Expr;
  t: Repr;
}

/**
 * Evaluates side-effecting sub-expressions of a target once, into scratch variables. With `hold`,
 * code runs before the store (the value's, a setter's): an object read from a place that code may
 * change is held for the statement (see operands.ts, unstable).
 */
function stable(fe: FunctionContext, node: ts.Expression, t: Repr, pre: Expr[], hold = false): Expr {
  const read = fe.as(node, t);
  const e = fe.borrow(hold && unstable(fe, node, read) ? fe.own(read) : read);
  if (ts.isIdentifier(node) || node.kind === K.ThisKeyword || ts.isLiteralExpression(node)) return e;
  const s = fe.scratch(t);
  pre.push(C.assign(s, e));
  return s;
}

function place(fe: FunctionContext, target: ts.Expression, pre: Expr[], hold = false): Place | undefined {
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  if (ts.isIdentifier(target)) {
    const sym = fe.checker.getSymbolAtLocation(target);
    const v = sym && fe.lookup(sym);
    if (!v) {
      fe.m.error(target, Refusals.AssignTo, target.text);
      return undefined;
    }
    return varPlace(fe, v);
  }
  if (ts.isPropertyAccessExpression(target)) {
    const st = ts.isIdentifier(target.expression)
      ? fe.m.classOf(fe.checker.getSymbolAtLocation(target.expression)?.valueDeclaration)
      : undefined;
    const v = st?.statics.get(target.name.text);
    if (v) return varPlace(fe, v);
    // a parent's static written through a subclass: node gives the subclass a field of its own
    for (let c = st?.parent; c; c = c.parent)
      if (c.statics.has(target.name.text)) {
        fe.m.error(target, Refusals.InheritedStaticWrite, `${target.expression.getText()}.${target.name.text}`, c.name);
        return undefined;
      }
    const sym = fe.checker.getSymbolAtLocation(target);
    const isSuper = target.expression.kind === K.SuperKeyword;
    const set = fe.m.accessor(sym, "set", isSuper);
    const get = fe.m.accessor(sym, "get", isSuper);
    if (set || get) {
      const self = (set ?? get)!.isStatic
        ? []
        : [isSuper ? fe.thisExpr! : stable(fe, target.expression, "val", pre, true)];
      const t = fe.ctype(target);
      const valueT = set ? (set.def.params[set.def.params.length - 1].t as Repr) : t;
      return {
        t,
        read: () => (get ? fe.convert(C.callDef(get.def, self, get.def.ret, isHeap(get.def.ret)), t) : C.UNDEFINED),
        // no setter: the assignment is dropped, as in sloppy JavaScript (tsc refuses it anyway)
        write: (e) =>
          set ? C.callDef(set.def, [...self, fe.borrow(fe.convert(e, valueT))], "void") : C.cast("void", C.int(0)),
      };
    }
    const kind = receiverKind(fe.checker, fe.checker.getNonNullableType(fe.type(target.expression)));
    if (kind === "regexp" && target.name.text === "lastIndex") {
      const re = stable(fe, target.expression, "val", pre);
      return {
        t: "double",
        read: () => C.call("ts_regexp_last_index", [re], "double"),
        write: (e) => C.call("ts_regexp_set_last_index", [re, fe.convert(e, "double")], "void"),
      };
    }
    if (kind === "array" && target.name.text === "length") {
      const a = stable(fe, target.expression, "val", pre);
      return {
        t: "double",
        read: () => C.call("ts_arr_length", [a], "double"),
        write: (e) => C.call("ts_arr_set_length", [a, fe.convert(e, "double")], "void"),
      };
    }
    const o = stable(fe, target.expression, "val", pre, hold);
    const field = fieldOf(fe.m, sym);
    if (field) {
      const p = fieldPlace(fe, target.expression, o, target.name, field);
      const t = fe.ctype(target);
      return { t, read: () => fe.convert(p.read(), t), write: p.write };
    }
    const key = fe.m.key(target.name.text, sym?.valueDeclaration?.parent);
    const ic = fe.m.ic();
    const t = fe.ctype(target);
    return {
      t,
      read: () => fe.convert(C.call("ts_obj_get_ic", [o, key, ic, fe.m.loc(target.expression)], "val"), t),
      write: (e) => C.call("ts_obj_set_ic", [o, key, fe.borrow(C.wrap(e)), ic, writeLoc(fe, target)], "void"),
    };
  }
  if (ts.isElementAccessExpression(target)) {
    const kind = receiverKind(fe.checker, fe.checker.getNonNullableType(fe.type(target.expression)));
    const o = stable(fe, target.expression, "val", pre, hold || hasSideEffects(target.argumentExpression));
    const t = fe.ctype(target);
    if (kind === "array") {
      const i = stable(fe, target.argumentExpression, "double", pre);
      return {
        t,
        read: () => fe.convert(elementRead(o, i, t, bracketLoc(fe, target)), t),
        write: (e) =>
          elementWrite(
            o,
            i,
            t === "double" ? (numberElement(e) ?? e) : e.t === "str" ? fe.borrow(e) : e,
            () => fe.borrow(C.wrap(e)),
            writeLoc(fe, target),
          ),
      };
    }
    if (kind === "typed") {
      const i = stable(fe, target.argumentExpression, "double", pre);
      return {
        t: "double",
        read: () => fe.convert(C.call("ts_ta_get", [o, i], "val"), "double"),
        write: (e) => C.call("ts_ta_set", [o, i, fe.convert(e, "double")], "void"),
      };
    }
    const keyT = fe.ctype(target.argumentExpression) === "str" ? "str" : "val";
    const k = stable(fe, target.argumentExpression, keyT, pre);
    const suffix = keyT === "str" ? "" : "_v";
    return {
      t,
      read: () => fe.convert(C.call(`ts_obj_get${suffix}_at`, [o, k, bracketLoc(fe, target)], "val"), t),
      write: (e) => C.call(`ts_obj_set${suffix}_at`, [o, k, fe.borrow(C.wrap(e)), writeLoc(fe, target)], "void"),
    };
  }
  fe.m.error(target, Refusals.AssignTarget);
  return undefined;
}

function varPlace(fe: FunctionContext, v: VarInfo): Place {
  const read = fe.readVar(v);
  return {
    t: v.t,
    read: () => read,
    write: (e) => fe.assignVar(v, e),
    numLvalue: v.t === "double" ? (v.counter ? fe.counterLvalue(v) : read) : undefined,
    // ts_str_append takes a TsString **, not the address of a volatile local
    strLvalue: v.t === "str" && !v.local?.volatile ? read : undefined,
  };
}

/** target = value; `hold`: the value's code runs after the target's object is read (see stable). */
export function assignTo(fe: FunctionContext, target: ts.Expression, value: Expr, discard = true, hold = false): Expr {
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target))
    return destructuringAssign(fe, target, value);
  const pre: Expr[] = [];
  const p = place(fe, target, pre, hold);
  if (!p) return C.UNDEFINED;
  if (discard) return C.seq([...pre, p.write(value)]);
  // the assignment's value is the stored value: hold it in a scratch first
  const s = fe.scratch(p.t);
  const v = fe.convert(value, p.t);
  return C.seq([...pre, C.assign(s, fe.borrow(v)), p.write(s), s]);
}

function destructuringAssign(
  fe: FunctionContext,
  target: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression,
  value: Expr,
): Expr {
  const src = fe.scratch("val");
  const steps = [C.assign(src, fe.borrow(C.wrap(value)))];
  const get = (key: string) => C.call("ts_obj_get", [src, fe.m.str(key)], "val");
  if (ts.isArrayLiteralExpression(target)) {
    // [a, b] = [b, a]: the right side is fully built before any store
    target.elements.forEach((el, i) => {
      if (!ts.isOmittedExpression(el)) steps.push(assignTo(fe, el, C.call("ts_arr_get", [src, C.int(i)], "val")));
    });
  } else {
    for (const p of target.properties) {
      if (ts.isShorthandPropertyAssignment(p)) steps.push(assignTo(fe, p.name, get(p.name.text)));
      else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
        steps.push(assignTo(fe, p.initializer, get(p.name.text)));
      else fe.m.error(p, Refusals.DestructuringAssignment);
    }
  }
  return C.seq([...steps, src]);
}

function compoundAssign(fe: FunctionContext, node: ts.BinaryExpression, op: ts.BinaryOperator, discard: boolean): Expr {
  const pre: Expr[] = [];
  const p = place(fe, node.left, pre, hasSideEffects(node.right));
  if (!p) return C.UNDEFINED;
  if (op === K.PlusToken && p.t === "str") {
    const rhs = addOperand(fe, fe.expr(node.right));
    if (p.strLvalue) {
      const append = C.call("ts_str_append", [C.addr(p.strLvalue), rhs], "void");
      return C.seq(discard ? [...pre, append] : [...pre, append, p.strLvalue]);
    }
    const cur = fe.borrow(p.read());
    return assignResult(fe, p, pre, C.call("ts_str_concat", [cur, rhs], "str", { owned: true }), discard);
  }
  if (op === K.PlusToken && p.t === "val") {
    const sum = C.call("ts_add", [fe.borrow(p.read()), fe.arg(node.right, "val")], "val", { owned: true });
    return assignResult(fe, p, pre, sum, discard);
  }
  const rhs = fe.arg(node.right, "double");
  const c = cArithmetic[op];
  if (p.numLvalue && c) return C.seq([...pre, C.assign(p.numLvalue, rhs, `${c}=`)]);
  const cur = fe.convert(p.read(), "double");
  return assignResult(fe, p, pre, numericOp(op, cur, rhs), discard);
}

function assignResult(fe: FunctionContext, p: Place, pre: Expr[], value: Expr, discard: boolean): Expr {
  if (discard) return C.seq([...pre, p.write(value)]);
  const s = fe.scratch(p.t);
  return C.seq([...pre, C.assign(s, fe.borrow(fe.convert(value, p.t))), p.write(s), s]);
}

function increment(
  fe: FunctionContext,
  node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression,
  discard: boolean,
): Expr {
  const pre: Expr[] = [];
  const p = place(fe, node.operand, pre);
  if (!p) return C.UNDEFINED;
  const sign = node.operator === K.PlusPlusToken ? "+" : "-";
  const prefix = ts.isPrefixUnaryExpression(node);
  if (p.numLvalue) return C.seq([...pre, C.unary(sign === "+" ? "++" : "--", p.numLvalue, "double", !prefix)]);
  const s = fe.scratch("double");
  const cur = fe.convert(p.read(), "double");
  const one = C.lit("1", "double");
  if (prefix || discard) return C.seq([...pre, C.assign(s, C.binary(sign, cur, one, "double")), p.write(s), s]);
  return C.seq([...pre, C.assign(s, cur), p.write(C.binary(sign, s, one, "double")), s]);
}
