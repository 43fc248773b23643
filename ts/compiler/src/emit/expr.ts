import ts from "typescript";
import { Code } from "../diag";
import { isFunctionLike } from "../analyze/captures";
import { CExpr, CType, cDouble, cStringLiteral, ctypeOf, isHeap, toVal, wtf8 } from "./ctypes";
import { FunctionEmitter, VarInfo } from "./function";
import {
  emitCall,
  emitNew,
  builtinNamespace,
  builtinConstant,
  builtinFunctionValue,
  isLibSymbol,
  receiverKind,
} from "./calls";

const K = ts.SyntaxKind;

const undef: CExpr = { code: "ts_undefined()", t: "val", owned: false };

/** True when evaluating node may change state that other operands read. */
export function hasSideEffects(node: ts.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isDeleteExpression(node)) return true;
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind >= K.FirstAssignment &&
    node.operatorToken.kind <= K.LastAssignment
  )
    return true;
  if (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === K.PlusPlusToken || node.operator === K.MinusMinusToken)
  )
    return true;
  if (isFunctionLike(node)) return false;
  return ts.forEachChild(node, hasSideEffects) ?? false;
}

/**
 * Operands in JavaScript's left-to-right order. C leaves the order of
 * arguments and operands unspecified, so when a later operand has side
 * effects, every operand is first evaluated into a scratch variable.
 */
export function ordered(
  fe: FunctionEmitter,
  items: { node: ts.Expression; t: CType }[],
): { pre: string; codes: string[] } {
  const needsOrder = items.length > 1 && items.slice(1).some((i) => hasSideEffects(i.node));
  const codes: string[] = [];
  let pre = "";
  for (const { node, t } of items) {
    const code = fe.arg(node, t);
    if (needsOrder && !ts.isLiteralExpression(node) && !isConstantish(node)) {
      const s = fe.scratch(t);
      pre += `${s} = ${code}, `;
      codes.push(s);
    } else codes.push(code);
  }
  return { pre, codes };
}

function isConstantish(n: ts.Expression): boolean {
  return (
    n.kind === K.TrueKeyword ||
    n.kind === K.FalseKeyword ||
    n.kind === K.NullKeyword ||
    ts.isNumericLiteral(n) ||
    ts.isStringLiteral(n)
  );
}

export function wrap(pre: string, code: string): string {
  return pre ? `(${pre}${code})` : code;
}

export function valArray(codes: string[]): string {
  return codes.length ? `(const TsValue[]){ ${codes.join(", ")} }` : "NULL";
}

export function emitExpr(fe: FunctionEmitter, node: ts.Expression, discard = false): CExpr {
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
    case K.TypeAssertionExpression:
    case K.SatisfiesExpression:
    case K.NonNullExpression: {
      const inner = emitExpr(fe, (node as ts.AsExpression).expression);
      return fe.convert(inner, fe.ctype(node));
    }
    case K.NumericLiteral:
      return { code: cDouble(Number((node as ts.NumericLiteral).text)), t: "double", owned: false };
    case K.StringLiteral:
    case K.NoSubstitutionTemplateLiteral:
      return { code: fe.m.str((node as ts.StringLiteral).text), t: "str", owned: false };
    case K.TemplateExpression:
      return template(fe, node as ts.TemplateExpression);
    case K.TrueKeyword:
      return { code: "true", t: "bool", owned: false };
    case K.FalseKeyword:
      return { code: "false", t: "bool", owned: false };
    case K.NullKeyword:
      return { code: "ts_null()", t: "val", owned: false };
    case K.Identifier:
      return identifier(fe, node as ts.Identifier);
    case K.ThisKeyword:
      return { code: fe.thisCode ?? "ts_undefined()", t: "val", owned: false };
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
      return closure(fe, node as unknown as ts.ArrowFunction);
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
      if (a.owned === b.owned || !isHeap(t))
        return { code: `(${test} ? ${a.code} : ${b.code})`, t, owned: a.owned && isHeap(t) };
      return { code: `(${test} ? ${fe.borrow(a)} : ${fe.borrow(b)})`, t, owned: false };
    }
    case K.TypeOfExpression: {
      const e = fe.expr((node as ts.TypeOfExpression).expression);
      return { code: `ts_typeof(${fe.borrow(toVal(e))})`, t: "str", owned: false };
    }
    case K.DeleteExpression: {
      const target = (node as ts.DeleteExpression).expression;
      if (ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target)) {
        const obj = fe.arg(target.expression, "val");
        const key = ts.isPropertyAccessExpression(target)
          ? fe.m.str(target.name.text)
          : fe.arg(target.argumentExpression, "str");
        return { code: `ts_obj_delete(${obj}, ${key})`, t: "bool", owned: false };
      }
      break;
    }
  }
  fe.m.error(node, Code.UnsupportedSyntax, `${K[node.kind]} is not supported here.`);
  return undef;
}

function template(fe: FunctionEmitter, node: ts.TemplateExpression): CExpr {
  const parts: string[] = [];
  if (node.head.text) parts.push(fe.m.str(node.head.text));
  const items = node.templateSpans.map((s) => s.expression);
  const needsOrder = items.slice(1).some(hasSideEffects);
  let pre = "";
  node.templateSpans.forEach((span) => {
    let code = stringOf(fe, fe.expr(span.expression));
    if (needsOrder) {
      const s = fe.scratch("str");
      pre += `${s} = ${code}, `;
      code = s;
    }
    parts.push(code);
    if (span.literal.text) parts.push(fe.m.str(span.literal.text));
  });
  return {
    code: wrap(pre, `ts_str_concat_n(${parts.length}, (TsString *const[]){ ${parts.join(", ")} })`),
    t: "str",
    owned: true,
  };
}

/** A borrowed TsString * holding String(e). */
export function stringOf(fe: FunctionEmitter, e: CExpr): string {
  switch (e.t) {
    case "str":
      return fe.borrow(e);
    case "bool":
      return `ts_bool_to_str(${e.code})`;
    case "double":
      return fe.borrow({ code: `ts_num_to_str(${e.code})`, t: "str", owned: true });
    case "val":
      return fe.borrow({ code: `ts_to_string(${fe.borrow(e)})`, t: "str", owned: true });
  }
}

function identifier(fe: FunctionEmitter, id: ts.Identifier): CExpr {
  const sym =
    ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
      ? fe.checker.getShorthandAssignmentValueSymbol(id.parent)
      : fe.checker.getSymbolAtLocation(id);
  if (id.text === "undefined" && (!sym || !sym.declarations?.length || isLibSymbol(sym))) return undef;
  if (!sym || isLibSymbol(sym)) {
    if (id.text === "NaN") return { code: "(0.0 / 0.0)", t: "double", owned: false };
    if (id.text === "Infinity") return { code: "(1.0 / 0.0)", t: "double", owned: false };
    const fn = sym && builtinFunctionValue(fe, id.text);
    if (fn) return fn;
    fe.m.error(id, Code.UnsupportedLibrary, `'${id.text}' is not supported as a value.`);
    return undef;
  }
  const v = fe.lookup(sym);
  if (v) return fe.readVar(v);
  const decl = sym.valueDeclaration;
  if (decl && ts.isFunctionDeclaration(decl)) {
    const f = fe.m.functions.get(decl);
    if (f) {
      f.usedAsValue = true;
      return { code: `ts_fn_v(&${f.c}__value)`, t: "val", owned: false };
    }
  }
  if (decl && ts.isFunctionExpression(decl) && decl === fe.node) return { code: "ts_fn_v(fn)", t: "val", owned: false };
  if (decl && ts.isEnumDeclaration(decl)) return { code: fe.m.enumObject(decl), t: "val", owned: false };
  if (decl && ts.isClassDeclaration(decl)) {
    fe.m.error(id, Code.UnsupportedSyntax, "classes are not values here.", "call 'new' or a static method");
    return undef;
  }
  fe.m.error(id, Code.UnsupportedSyntax, `'${id.text}' cannot be used here.`);
  return undef;
}

/** Static members, enum members, and builtin constants reached through a name. */
function staticMember(fe: FunctionEmitter, node: ts.PropertyAccessExpression): CExpr | undefined {
  const member = fe.checker.getSymbolAtLocation(node)?.valueDeclaration;
  const constant = member && ts.isEnumMember(member) ? fe.checker.getConstantValue(member) : undefined;
  if (constant !== undefined) {
    return typeof constant === "number"
      ? { code: cDouble(constant), t: "double", owned: false }
      : { code: fe.m.str(constant), t: "str", owned: false };
  }
  if (!ts.isIdentifier(node.expression)) return undefined;
  const sym = fe.checker.getSymbolAtLocation(node.expression);
  const decl = sym?.valueDeclaration;
  const cls = fe.m.classOf(decl);
  if (cls) {
    const v = cls.statics.get(node.name.text);
    if (v) return fe.readVar(v);
    const m = cls.staticMethods.get(node.name.text);
    if (m && !(ts.isCallExpression(node.parent) && node.parent.expression === node))
      return { code: `ts_fn_v(&${fe.m.staticMethodValue(cls, node.name.text)})`, t: "val", owned: false };
    return undefined;
  }
  if (decl && ts.isEnumDeclaration(decl)) {
    fe.m.error(node, Code.UnsupportedSyntax, "enum members must be constants.");
    return undef;
  }
  const ns = builtinNamespace(fe, node.expression);
  if (ns) return builtinFunctionValue(fe, `${ns}.${node.name.text}`) ?? builtinConstant(fe, ns, node);
  return undefined;
}

function propertyAccess(fe: FunctionEmitter, node: ts.PropertyAccessExpression): CExpr {
  const st = staticMember(fe, node);
  if (st) return st;
  const name = node.name.text;
  const recvType = fe.checker.getNonNullableType(fe.type(node.expression));
  const kind = receiverKind(fe, recvType);
  const sym = fe.checker.getSymbolAtLocation(node);
  if (
    sym &&
    sym.flags & ts.SymbolFlags.Method &&
    !(ts.isCallExpression(node.parent) && node.parent.expression === node)
  ) {
    fe.m.error(node, Code.MethodValue, "methods cannot be taken as values.", `wrap it: (x) => obj.${name}(x)`);
    return undef;
  }
  const recv = chainReceiver(fe, node);
  if (name === "length" && kind === "string")
    return { code: `ts_str_length(${recv("str")})`, t: "double", owned: false };
  if (name === "length" && kind === "array")
    return { code: `ts_arr_length(${recv("val")})`, t: "double", owned: false };
  if (name === "size" && (kind === "map" || kind === "set"))
    return { code: `ts_map_size(${recv("val")})`, t: "double", owned: false };
  if (kind !== "object" && sym && isLibSymbol(sym)) {
    fe.m.error(node.name, Code.UnsupportedLibrary, `'${name}' is not supported on ${kind}s.`);
    return undef;
  }
  return { code: `ts_obj_get_ic(${recv("val")}, ${fe.m.str(name)}, ${fe.m.ic()})`, t: "val", owned: false };
}

/**
 * The receiver of a member access, as a borrowed expression of the wanted
 * type. With `?.` the receiver goes through a scratch variable and a guard.
 */
export function chainReceiver(
  fe: FunctionEmitter,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression,
): (t: CType) => string {
  return (t: CType) => {
    const e = fe.expr(node.expression);
    if (!node.questionDotToken || !fe.chainGuards) return fe.borrow(fe.convert(e, t));
    const s = fe.scratch("val");
    fe.chainGuards.push(`ts_is_nullish(${s} = ${fe.borrow(toVal(e))})`);
    return fe.convert({ code: s, t: "val", owned: false }, t).code;
  };
}

function optionalChain(fe: FunctionEmitter, node: ts.Expression): CExpr {
  const saved = fe.chainGuards;
  fe.chainGuards = [];
  const t = fe.ctype(node);
  const inner = emitExprNoChain(fe, node);
  const guards = fe.chainGuards;
  fe.chainGuards = saved;
  if (!guards.length) return inner;
  const value = toVal(inner);
  return {
    code: `((${guards.join(" || ")}) ? ts_undefined() : ${fe.borrow(value)})`,
    t: t === "val" ? "val" : "val",
    owned: false,
  };
}

function emitExprNoChain(fe: FunctionEmitter, node: ts.Expression): CExpr {
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

function elementAccess(fe: FunctionEmitter, node: ts.ElementAccessExpression): CExpr {
  const arg = node.argumentExpression;
  if (ts.isStringLiteral(arg) && !fe.checker.getNonNullableType(fe.type(node.expression)).getStringIndexType()) {
    const recv = chainReceiver(fe, node);
    return { code: `ts_obj_get_ic(${recv("val")}, ${fe.m.str(arg.text)}, ${fe.m.ic()})`, t: "val", owned: false };
  }
  const kind = receiverKind(fe, fe.checker.getNonNullableType(fe.type(node.expression)));
  const recv = chainReceiver(fe, node);
  if (kind === "string") {
    const s = recv("str");
    return { code: `ts_str_index(${s}, ${fe.arg(arg, "double")})`, t: "str", owned: true };
  }
  if (kind === "array") {
    const a = recv("val");
    return { code: `ts_arr_get(${a}, ${fe.arg(arg, "double")})`, t: "val", owned: false };
  }
  const o = recv("val");
  const keyT = fe.ctype(arg);
  if (keyT === "str") return { code: `ts_obj_get(${o}, ${fe.arg(arg, "str")})`, t: "val", owned: false };
  return { code: `ts_obj_get_v(${o}, ${fe.arg(arg, "val")})`, t: "val", owned: false };
}

// ------------------------------------------------------------------ closures

function functionName(node: ts.Node): string {
  const p = node.parent;
  if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) {
    if (node.name) return node.name.text;
  }
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (
    p &&
    (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) &&
    (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
  )
    return p.name.text;
  return "";
}

function closure(fe: FunctionEmitter, node: ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration): CExpr {
  const jsName = functionName(node);
  const cfn = fe.m.lambdaName(jsName ? jsName.replace(/\W/g, "_") : "lambda");
  const caps = fe.m.captures.free.get(node) ?? [];
  const capsThis = fe.m.captures.usesThis.has(node);
  const inner = new FunctionEmitter(fe.m, node, "val", fe.cls);
  inner.emitClosureBody(node, caps, capsThis);
  const sig = `static TsValue ${cfn}(TsFunc *fn, int argc, const TsValue *argv)`;
  fe.m.prototypes.push(`${sig};`);
  const nameLit = cStringLiteral(wtf8(jsName));
  if (!caps.length && !capsThis) {
    fe.m.bodies.push(`${sig} {\n    (void)fn;\n${inner.finish()}}`);
    fe.m.bodies.push(`static TsFunc ${cfn}_value = TS_FUNC_STATIC(${cfn}, ${nameLit});`);
    fe.m.prototypes.push(`static TsFunc ${cfn}_value;`);
    return { code: `ts_fn_v(&${cfn}_value)`, t: "val", owned: false };
  }
  fe.m.bodies.push(`${sig} {\n${inner.finish()}}`);
  const capCodes = caps.map((sym) => {
    const v = fe.lookup(sym);
    if (!v) {
      fe.m.error(node, Code.UnsupportedSyntax, `internal: capture '${sym.name}' not found.`);
      return "ts_undefined()";
    }
    if (fe.m.captures.boxed.has(sym)) return v.kind === "box" ? `ts_box_v(${v.c})` : "ts_undefined()";
    return toVal(fe.readVar(v)).code;
  });
  if (capsThis) capCodes.push(fe.thisCode ?? "ts_undefined()");
  return { code: `ts_closure(${cfn}, ${nameLit}, ${capCodes.length}, ${valArray(capCodes)})`, t: "val", owned: true };
}

// ---------------------------------------------------------------- literals

function propertyKey(fe: FunctionEmitter, name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return fe.m.str(name.text);
  if (ts.isNumericLiteral(name)) return fe.m.str(String(Number(name.text)));
  return undefined;
}

function objectLiteral(fe: FunctionEmitter, node: ts.ObjectLiteralExpression): CExpr {
  const simple = node.properties.every(
    (p) =>
      (ts.isPropertyAssignment(p) && propertyKey(fe, p.name)) ||
      ts.isShorthandPropertyAssignment(p) ||
      (ts.isMethodDeclaration(p) && propertyKey(fe, p.name)),
  );
  const valueOf = (p: ts.ObjectLiteralElementLike): ts.Expression | undefined => {
    if (ts.isPropertyAssignment(p)) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p)) return p.name;
    return undefined;
  };
  if (simple) {
    if (!node.properties.length) return { code: "ts_obj_new(NULL, 0)", t: "val", owned: true };
    const keys = node.properties.map((p) => propertyKey(fe, p.name!)!);
    const items = node.properties.map((p) =>
      ts.isMethodDeclaration(p)
        ? { node: p as unknown as ts.Expression, t: "val" as CType }
        : { node: valueOf(p)!, t: "val" as CType },
    );
    const { pre, codes } = ordered(fe, items);
    return {
      code: wrap(pre, `ts_obj_lit(${keys.length}, (TsString *const[]){ ${keys.join(", ")} }, ${valArray(codes)})`),
      t: "val",
      owned: true,
    };
  }
  const o = fe.scratch("val");
  const steps: string[] = [
    `${o} = ${fe.borrow({ code: `ts_obj_new(NULL, ${node.properties.length})`, t: "val", owned: true })}`,
  ];
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      steps.push(`ts_obj_assign(${o}, ${fe.arg(p.expression, "val")})`);
    } else if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) {
      const key = propertyKey(fe, p.name);
      const v = fe.arg(valueOf(p)!, "val");
      if (key) steps.push(`ts_obj_set(${o}, ${key}, ${v})`);
      else {
        const computed = (p.name as ts.ComputedPropertyName).expression;
        steps.push(`ts_obj_set_v(${o}, ${fe.arg(computed, "val")}, ${v})`);
      }
    } else if (ts.isMethodDeclaration(p)) {
      const key = propertyKey(fe, p.name);
      if (!key) fe.m.error(p.name, Code.UnsupportedSyntax, "computed method names are not supported.");
      else steps.push(`ts_obj_set(${o}, ${key}, ${fe.arg(p as unknown as ts.Expression, "val")})`);
    } else {
      fe.m.error(p, Code.Accessors, "getters and setters are not supported.");
    }
  }
  return { code: `(${steps.join(", ")}, ${o})`, t: "val", owned: false };
}

function arrayLiteral(fe: FunctionEmitter, node: ts.ArrayLiteralExpression): CExpr {
  if (!node.elements.length) return { code: "ts_arr_new(0)", t: "val", owned: true };
  if (!node.elements.some(ts.isSpreadElement)) {
    for (const e of node.elements)
      if (ts.isOmittedExpression(e)) fe.m.error(e, Code.UnsupportedSyntax, "array holes are not supported.");
    const { pre, codes } = ordered(
      fe,
      node.elements.map((e) => ({ node: e, t: "val" as CType })),
    );
    return { code: wrap(pre, `ts_arr_of(${codes.length}, ${valArray(codes)})`), t: "val", owned: true };
  }
  const a = fe.scratch("val");
  const steps = [`${a} = ${fe.borrow({ code: `ts_arr_new(${node.elements.length})`, t: "val", owned: true })}`];
  for (const e of node.elements) {
    if (ts.isSpreadElement(e)) steps.push(`ts_arr_push_spread(${a}, ${fe.arg(e.expression, "val")})`);
    else steps.push(`ts_arr_push(${a}, ${fe.arg(e, "val")})`);
  }
  return { code: `(${steps.join(", ")}, ${a})`, t: "val", owned: false };
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

/** A C expression for a numeric binary operator applied to two double expressions. */
export function numericOp(op: ts.SyntaxKind, a: string, b: string): string {
  switch (op) {
    case K.PlusToken:
      return `(${a} + ${b})`;
    case K.MinusToken:
      return `(${a} - ${b})`;
    case K.AsteriskToken:
      return `(${a} * ${b})`;
    case K.SlashToken:
      return `(${a} / ${b})`;
    case K.PercentToken:
      return `ts_rem(${a}, ${b})`;
    case K.AsteriskAsteriskToken:
      return `ts_pow(${a}, ${b})`;
    case K.LessThanLessThanToken:
      return `ts_shl(${a}, ${b})`;
    case K.GreaterThanGreaterThanToken:
      return `ts_sar(${a}, ${b})`;
    case K.GreaterThanGreaterThanGreaterThanToken:
      return `ts_shr(${a}, ${b})`;
    case K.AmpersandToken:
      return `ts_bitand(${a}, ${b})`;
    case K.BarToken:
      return `ts_bitor(${a}, ${b})`;
    case K.CaretToken:
      return `ts_bitxor(${a}, ${b})`;
  }
  throw new Error(`not a numeric operator: ${K[op]}`);
}

function isNullishLiteral(n: ts.Expression): boolean {
  return n.kind === K.NullKeyword || (ts.isIdentifier(n) && n.text === "undefined");
}

function binary(fe: FunctionEmitter, node: ts.BinaryExpression, discard: boolean): CExpr {
  const op = node.operatorToken.kind;
  const { left, right } = node;
  if (op === K.EqualsToken) return assignTo(fe, left, fe.expr(right), discard);
  if (op === K.CommaToken) {
    const l = fe.expr(left);
    const first =
      l.owned && isHeap(l.t)
        ? l.t === "str"
          ? `ts_str_release(${l.code})`
          : `ts_release(${l.code})`
        : `(void)(${l.code})`;
    const r = fe.expr(right);
    return { code: `(${first}, ${r.code})`, t: r.t, owned: r.owned, isVoid: r.isVoid };
  }
  const compound = compoundOps[op];
  if (compound !== undefined) return compoundAssign(fe, node, compound, discard);
  if (op === K.QuestionQuestionEqualsToken || op === K.BarBarEqualsToken || op === K.AmpersandAmpersandEqualsToken) {
    const current = fe.expr(left);
    const test =
      op === K.QuestionQuestionEqualsToken
        ? `!ts_is_nullish(${toVal(current).code})`
        : op === K.BarBarEqualsToken
          ? fe.truthyOf(current)
          : `!${fe.truthyOf(current)}`;
    const assigned = assignTo(fe, left, fe.expr(right), false);
    const t = assigned.t;
    return { code: `(${test} ? ${fe.convert(current, t).code} : ${fe.borrow(assigned)})`, t, owned: false };
  }
  switch (op) {
    case K.AmpersandAmpersandToken:
    case K.BarBarToken:
    case K.QuestionQuestionToken:
      return logical(fe, node);
    case K.PlusToken: {
      const t = fe.ctype(node);
      if (t === "str") return concat(fe, node);
      if (t === "double") {
        const { pre, codes } = ordered(fe, [
          { node: left, t: "double" },
          { node: right, t: "double" },
        ]);
        return { code: wrap(pre, `(${codes[0]} + ${codes[1]})`), t, owned: false };
      }
      const { pre, codes } = ordered(fe, [
        { node: left, t: "val" },
        { node: right, t: "val" },
      ]);
      return fe.convert({ code: wrap(pre, `ts_add(${codes[0]}, ${codes[1]})`), t: "val", owned: true }, t);
    }
    case K.MinusToken:
    case K.AsteriskToken:
    case K.SlashToken:
    case K.PercentToken:
    case K.AsteriskAsteriskToken:
    case K.LessThanLessThanToken:
    case K.GreaterThanGreaterThanToken:
    case K.GreaterThanGreaterThanGreaterThanToken:
    case K.AmpersandToken:
    case K.BarToken:
    case K.CaretToken: {
      const { pre, codes } = ordered(fe, [
        { node: left, t: "double" },
        { node: right, t: "double" },
      ]);
      return { code: wrap(pre, numericOp(op, codes[0], codes[1])), t: "double", owned: false };
    }
    case K.EqualsEqualsEqualsToken:
    case K.ExclamationEqualsEqualsToken:
    case K.EqualsEqualsToken:
    case K.ExclamationEqualsToken: {
      const negate = op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken;
      const loose = op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken;
      const eq = equality(fe, left, right, loose);
      return { code: negate ? `!${eq}` : eq, t: "bool", owned: false };
    }
    case K.LessThanToken:
    case K.GreaterThanToken:
    case K.LessThanEqualsToken:
    case K.GreaterThanEqualsToken:
      return comparison(fe, node);
    case K.InstanceOfKeyword: {
      const sym = fe.checker.getSymbolAtLocation(right);
      const cls = fe.m.classOf(sym?.valueDeclaration);
      const target = cls
        ? `&${cls.c}_class`
        : ts.isIdentifier(right) && right.text === "Error"
          ? "&ts_error_class"
          : undefined;
      if (!target) {
        fe.m.error(right, Code.UnsupportedOperand, "'instanceof' needs a class of the app or Error.");
        return { code: "false", t: "bool", owned: false };
      }
      return { code: `ts_instance_of(${fe.arg(left, "val")}, ${target})`, t: "bool", owned: false };
    }
    case K.InKeyword: {
      const { pre, codes } = ordered(fe, [
        { node: left, t: "str" },
        { node: right, t: "val" },
      ]);
      return { code: wrap(pre, `ts_obj_has(${codes[1]}, ${codes[0]})`), t: "bool", owned: false };
    }
  }
  fe.m.error(
    node.operatorToken,
    Code.UnsupportedOperand,
    `operator '${node.operatorToken.getText()}' is not supported.`,
  );
  return undef;
}

function equality(fe: FunctionEmitter, left: ts.Expression, right: ts.Expression, loose: boolean): string {
  if (isNullishLiteral(right) || isNullishLiteral(left)) {
    const other = isNullishLiteral(right) ? left : right;
    const lit = isNullishLiteral(right) ? right : left;
    const e = fe.expr(other);
    if (e.t === "str") return `(${fe.borrow(e)} == NULL)`;
    if (e.t === "double") return `ts_num_is_undef(${e.code})`;
    if (e.t !== "val") return "false";
    const v = fe.borrow(e);
    if (loose) return `ts_is_nullish(${v})`;
    return lit.kind === K.NullKeyword ? `(${v}.tag == TS_NULL)` : `(${v}.tag == TS_UNDEFINED)`;
  }
  const lt = fe.ctype(left);
  const rt = fe.ctype(right);
  if (lt === rt && lt !== "val") {
    const { pre, codes } = ordered(fe, [
      { node: left, t: lt },
      { node: right, t: rt },
    ]);
    if (lt === "str") return wrap(pre, `ts_str_eq(${codes[0]}, ${codes[1]})`);
    return wrap(pre, `(${codes[0]} == ${codes[1]})`);
  }
  const { pre, codes } = ordered(fe, [
    { node: left, t: "val" },
    { node: right, t: "val" },
  ]);
  return wrap(pre, `${loose ? "ts_loose_eq" : "ts_strict_eq"}(${codes[0]}, ${codes[1]})`);
}

function comparison(fe: FunctionEmitter, node: ts.BinaryExpression): CExpr {
  const op = node.operatorToken.getText();
  const lt = fe.ctype(node.left);
  const rt = fe.ctype(node.right);
  if (lt === "str" && rt === "str") {
    const { pre, codes } = ordered(fe, [
      { node: node.left, t: "str" },
      { node: node.right, t: "str" },
    ]);
    return { code: wrap(pre, `(ts_str_cmp(${codes[0]}, ${codes[1]}) ${op} 0)`), t: "bool", owned: false };
  }
  if (lt === "val" && rt === "val") {
    const { pre, codes } = ordered(fe, [
      { node: node.left, t: "val" },
      { node: node.right, t: "val" },
    ]);
    const [a, b] = codes;
    const code =
      op === "<"
        ? `ts_less_than(${a}, ${b})`
        : op === ">"
          ? `ts_less_than(${b}, ${a})`
          : op === "<="
            ? `ts_less_equal(${a}, ${b})`
            : `ts_less_equal(${b}, ${a})`;
    return { code: wrap(pre, code), t: "bool", owned: false };
  }
  const { pre, codes } = ordered(fe, [
    { node: node.left, t: "double" },
    { node: node.right, t: "double" },
  ]);
  return { code: wrap(pre, `(${codes[0]} ${op} ${codes[1]})`), t: "bool", owned: false };
}

function logical(fe: FunctionEmitter, node: ts.BinaryExpression): CExpr {
  const op = node.operatorToken.kind;
  const t = fe.ctype(node);
  const l = fe.expr(node.left);
  if (op !== K.QuestionQuestionToken && t === "bool" && l.t === "bool") {
    const r = fe.as(node.right, "bool");
    return { code: `(${l.code} ${op === K.AmpersandAmpersandToken ? "&&" : "||"} ${r.code})`, t, owned: false };
  }
  if (op === K.QuestionQuestionToken && l.t === "double") {
    const s = fe.scratch("double");
    return fe.convert(
      {
        code: `(ts_num_is_undef(${s} = ${l.code}) ? ${fe.arg(node.right, "double")} : ${s})`,
        t: "double",
        owned: false,
      },
      t,
    );
  }
  if (op === K.QuestionQuestionToken && l.t !== "val" && l.t !== "str") return fe.convert(l, t);
  const s = fe.scratch(l.t);
  const held = `${s} = ${fe.borrow(l)}`;
  const test =
    op === K.QuestionQuestionToken
      ? l.t === "str"
        ? `(${held}) == NULL`
        : `ts_is_nullish(${held})`
      : op === K.BarBarToken
        ? `!${fe.truthyOf({ code: `(${held})`, t: l.t, owned: false })}`
        : fe.truthyOf({ code: `(${held})`, t: l.t, owned: false });
  // test true -> evaluate the right side
  const r = fe.borrow(fe.as(node.right, t));
  const keep = fe.convert({ code: s, t: l.t, owned: false }, t);
  return { code: `(${test} ? ${r} : ${fe.borrow(keep)})`, t, owned: false };
}

/** a + b + c on strings: one concatenation of all parts. */
function concat(fe: FunctionEmitter, node: ts.BinaryExpression): CExpr {
  const leaves: ts.Expression[] = [];
  const flatten = (e: ts.Expression) => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === K.PlusToken && fe.ctype(e) === "str") {
      flatten(e.left);
      flatten(e.right);
    } else leaves.push(e);
  };
  flatten(node);
  const needsOrder = leaves.slice(1).some(hasSideEffects);
  let pre = "";
  const parts = leaves.map((leaf) => {
    const code = stringOf(fe, fe.expr(leaf));
    if (!needsOrder || ts.isStringLiteral(leaf)) return code;
    const s = fe.scratch("str");
    pre += `${s} = ${code}, `;
    return s;
  });
  if (parts.length === 2) return { code: wrap(pre, `ts_str_concat(${parts[0]}, ${parts[1]})`), t: "str", owned: true };
  return {
    code: wrap(pre, `ts_str_concat_n(${parts.length}, (TsString *const[]){ ${parts.join(", ")} })`),
    t: "str",
    owned: true,
  };
}

function unary(
  fe: FunctionEmitter,
  node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression,
  discard: boolean,
): CExpr {
  const op = node.operator;
  if (op === K.PlusPlusToken || op === K.MinusMinusToken) return increment(fe, node, discard);
  const operand = node.operand;
  switch (op) {
    case K.ExclamationToken:
      return { code: `!${fe.truthy(operand)}`, t: "bool", owned: false };
    case K.MinusToken:
      return { code: `(-${fe.arg(operand, "double")})`, t: "double", owned: false };
    case K.PlusToken: {
      const e = fe.expr(operand);
      if (e.t === "double") return e;
      if (e.t === "str") return { code: `ts_str_to_num(${fe.borrow(e)})`, t: "double", owned: false };
      if (e.t === "bool") return { code: `(${e.code} ? 1.0 : 0.0)`, t: "double", owned: false };
      return { code: `ts_to_number(${fe.borrow(e)})`, t: "double", owned: false };
    }
    case K.TildeToken:
      return { code: `ts_bitnot(${fe.arg(operand, "double")})`, t: "double", owned: false };
  }
  fe.m.error(node, Code.UnsupportedOperand, "unsupported unary operator.");
  return undef;
}

// --------------------------------------------------------------- assignment

/** An lvalue: how to read it and how to store into it. */
interface Place {
  read(): CExpr;
  /** An expression storing a borrowed-or-owned value; yields nothing useful. */
  write(e: CExpr): string;
  /** A C lvalue of type double, when the place holds a plain number. */
  numLvalue?: string;
  /** A C lvalue of type TsString *, for in-place appends. */
  strLvalue?: string;
  t: CType;
}

/** Evaluates side-effecting sub-expressions of a target once, into scratch variables. */
function stable(fe: FunctionEmitter, node: ts.Expression, t: CType, pre: string[]): string {
  const code = fe.arg(node, t);
  if (ts.isIdentifier(node) || node.kind === K.ThisKeyword || ts.isLiteralExpression(node)) return code;
  const s = fe.scratch(t);
  pre.push(`${s} = ${code}`);
  return s;
}

function place(fe: FunctionEmitter, target: ts.Expression, pre: string[]): Place | undefined {
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
  if (ts.isIdentifier(target)) {
    const sym = fe.checker.getSymbolAtLocation(target);
    const v = sym && fe.lookup(sym);
    if (!v) {
      fe.m.error(target, Code.UnsupportedSyntax, `cannot assign to '${target.text}'.`);
      return undefined;
    }
    return varPlace(fe, v);
  }
  if (ts.isPropertyAccessExpression(target)) {
    const st = ts.isIdentifier(target.expression)
      ? fe.m.classOf(fe.checker.getSymbolAtLocation(target.expression)?.valueDeclaration)
      : undefined;
    if (st) {
      const v = st.statics.get(target.name.text);
      if (v) return varPlace(fe, v);
    }
    const kind = receiverKind(fe, fe.checker.getNonNullableType(fe.type(target.expression)));
    if (kind === "array" && target.name.text === "length") {
      const a = stable(fe, target.expression, "val", pre);
      return {
        t: "double",
        read: () => ({ code: `ts_arr_length(${a})`, t: "double", owned: false }),
        write: (e) => `ts_arr_set_length(${a}, ${fe.convert(e, "double").code})`,
      };
    }
    const o = stable(fe, target.expression, "val", pre);
    const key = fe.m.str(target.name.text);
    const ic = fe.m.ic();
    const t = fe.ctype(target);
    return {
      t,
      read: () => fe.convert({ code: `ts_obj_get_ic(${o}, ${key}, ${ic})`, t: "val", owned: false }, t),
      write: (e) => `ts_obj_set_ic(${o}, ${key}, ${fe.borrow(toVal(e))}, ${ic})`,
    };
  }
  if (ts.isElementAccessExpression(target)) {
    const kind = receiverKind(fe, fe.checker.getNonNullableType(fe.type(target.expression)));
    const o = stable(fe, target.expression, "val", pre);
    const t = fe.ctype(target);
    if (kind === "array") {
      const i = stable(fe, target.argumentExpression, "double", pre);
      return {
        t,
        read: () => fe.convert({ code: `ts_arr_get(${o}, ${i})`, t: "val", owned: false }, t),
        write: (e) => `ts_arr_set(${o}, ${i}, ${fe.borrow(toVal(e))})`,
      };
    }
    const keyT = fe.ctype(target.argumentExpression) === "str" ? "str" : "val";
    const k = stable(fe, target.argumentExpression, keyT, pre);
    return {
      t,
      read: () =>
        fe.convert(
          { code: keyT === "str" ? `ts_obj_get(${o}, ${k})` : `ts_obj_get_v(${o}, ${k})`, t: "val", owned: false },
          t,
        ),
      write: (e) =>
        keyT === "str"
          ? `ts_obj_set(${o}, ${k}, ${fe.borrow(toVal(e))})`
          : `ts_obj_set_v(${o}, ${k}, ${fe.borrow(toVal(e))})`,
    };
  }
  fe.m.error(target, Code.UnsupportedSyntax, "unsupported assignment target.");
  return undefined;
}

function varPlace(fe: FunctionEmitter, v: VarInfo): Place {
  const read = fe.readVar(v);
  return {
    t: v.t,
    read: () => read,
    write: (e) => fe.assignVar(v, e).replace(/;$/, ""),
    numLvalue: v.t === "double" ? read.code : undefined,
    strLvalue: v.t === "str" ? read.code : undefined,
  };
}

export function assignTo(fe: FunctionEmitter, target: ts.Expression, value: CExpr, discard = true): CExpr {
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target))
    return destructuringAssign(fe, target, value);
  const pre: string[] = [];
  const p = place(fe, target, pre);
  if (!p) return undef;
  if (discard) return { code: [...pre, p.write(value)].join(", "), t: p.t, owned: false };
  // the assignment's value is the stored value: hold it in a scratch first
  const s = fe.scratch(p.t);
  const v = fe.convert(value, p.t);
  pre.push(`${s} = ${fe.borrow(v)}`);
  pre.push(p.write({ code: s, t: p.t, owned: false }));
  return { code: `(${pre.join(", ")}, ${s})`, t: p.t, owned: false };
}

function destructuringAssign(
  fe: FunctionEmitter,
  target: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression,
  value: CExpr,
): CExpr {
  const src = fe.scratch("val");
  const steps = [`${src} = ${fe.borrow(toVal(value))}`];
  if (ts.isArrayLiteralExpression(target)) {
    // [a, b] = [b, a]: the right side is fully built before any store
    target.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      steps.push(assignTo(fe, el, { code: `ts_arr_get(${src}, ${i})`, t: "val", owned: false }).code);
    });
  } else {
    for (const p of target.properties) {
      if (ts.isShorthandPropertyAssignment(p)) {
        steps.push(
          assignTo(fe, p.name, { code: `ts_obj_get(${src}, ${fe.m.str(p.name.text)})`, t: "val", owned: false }).code,
        );
      } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        steps.push(
          assignTo(fe, p.initializer, { code: `ts_obj_get(${src}, ${fe.m.str(p.name.text)})`, t: "val", owned: false })
            .code,
        );
      } else fe.m.error(p, Code.UnsupportedSyntax, "unsupported destructuring assignment.");
    }
  }
  return { code: `(${steps.join(", ")}, ${src})`, t: "val", owned: false };
}

function compoundAssign(
  fe: FunctionEmitter,
  node: ts.BinaryExpression,
  op: ts.BinaryOperator,
  discard: boolean,
): CExpr {
  const pre: string[] = [];
  const p = place(fe, node.left, pre);
  if (!p) return undef;
  if (op === K.PlusToken && p.t === "str") {
    const rhs = stringOf(fe, fe.expr(node.right));
    if (p.strLvalue) {
      const code = `ts_str_append(&${p.strLvalue}, ${rhs})`;
      return discard
        ? { code: [...pre, code].join(", "), t: "str", owned: false }
        : { code: `(${[...pre, code].join(", ")}, ${p.strLvalue})`, t: "str", owned: false };
    }
    const cur = fe.borrow(p.read());
    const sum: CExpr = { code: `ts_str_concat(${cur}, ${rhs})`, t: "str", owned: true };
    return assignResult(fe, p, pre, sum, discard);
  }
  if (op === K.PlusToken && p.t === "val") {
    const sum: CExpr = { code: `ts_add(${fe.borrow(p.read())}, ${fe.arg(node.right, "val")})`, t: "val", owned: true };
    return assignResult(fe, p, pre, sum, discard);
  }
  const rhs = fe.arg(node.right, "double");
  if (p.numLvalue && (op === K.PlusToken || op === K.MinusToken || op === K.AsteriskToken || op === K.SlashToken)) {
    const c = `${p.numLvalue} ${ts.tokenToString(op)}= ${rhs}`;
    return { code: pre.length ? `(${[...pre, c].join(", ")})` : `(${c})`, t: "double", owned: false };
  }
  const cur = fe.convert(p.read(), "double").code;
  return assignResult(fe, p, pre, { code: numericOp(op, cur, rhs), t: "double", owned: false }, discard);
}

function assignResult(fe: FunctionEmitter, p: Place, pre: string[], value: CExpr, discard: boolean): CExpr {
  if (discard) return { code: [...pre, p.write(value)].join(", "), t: p.t, owned: false };
  const s = fe.scratch(p.t);
  return {
    code: `(${[...pre, `${s} = ${fe.borrow(fe.convert(value, p.t))}`, p.write({ code: s, t: p.t, owned: false })].join(", ")}, ${s})`,
    t: p.t,
    owned: false,
  };
}

function increment(
  fe: FunctionEmitter,
  node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression,
  discard: boolean,
): CExpr {
  const pre: string[] = [];
  const p = place(fe, node.operand, pre);
  if (!p) return undef;
  const sign = node.operator === K.PlusPlusToken ? "+" : "-";
  const prefix = ts.isPrefixUnaryExpression(node);
  if (p.numLvalue) {
    const c = prefix ? `${sign}${sign}${p.numLvalue}` : `${p.numLvalue}${sign}${sign}`;
    return { code: pre.length ? `(${[...pre, c].join(", ")})` : `(${c})`, t: "double", owned: false };
  }
  const s = fe.scratch("double");
  const cur = fe.convert(p.read(), "double").code;
  if (prefix || discard) {
    return {
      code: `(${[...pre, `${s} = ${cur} ${sign} 1`, p.write({ code: s, t: "double", owned: false })].join(", ")}, ${s})`,
      t: "double",
      owned: false,
    };
  }
  return {
    code: `(${[...pre, `${s} = ${cur}`, p.write({ code: `${s} ${sign} 1`, t: "double", owned: false })].join(", ")}, ${s})`,
    t: "double",
    owned: false,
  };
}
