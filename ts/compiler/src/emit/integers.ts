/**
 * Integer arithmetic where the ranges (analyze/integers.ts) allow it: `+ - * %` of integer
 * literals, int32_t variables and int64_t counters, none of which can be -0 or leave its range, in
 * C integers: int32_t when every operand and the result fit in one, else int64_t (the ranges stay
 * within 2^53, where a double is exact, so the two agree). Only reads of variables and literals
 * are operands, so C's unspecified order of evaluation cannot matter; anything else (a call, an
 * element) is emitted as before.
 */
import ts from "typescript";
import * as C from "../cir/build";
import { CType, Expr } from "../cir/nodes";
import { fitsInt32 } from "../analyze/integers";
import { FunctionContext } from "./context";
import { I32, I64, isNamed } from "./int32";

const K = ts.SyntaxKind;
const ops: Partial<Record<ts.SyntaxKind, "+" | "-" | "*" | "%">> = {
  [K.PlusToken]: "+",
  [K.MinusToken]: "-",
  [K.AsteriskToken]: "*",
  [K.PercentToken]: "%",
};

/** e (an int32_t or int64_t) as type t. */
const widen = (e: Expr, t: CType): Expr => (isNamed(e.t, "int32_t") && isNamed(t, "int64_t") ? C.cast(t, e) : e);

/** node's value as a C integer expression, when its range is known and its operands are simple. */
export function integerExpr(fe: FunctionContext, node: ts.Expression): Expr | undefined {
  const r = fe.m.ints.of(node);
  if (!r) return undefined;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  const t = fitsInt32(r) ? I32 : I64;
  if (ts.isNumericLiteral(node)) return C.lit(String(Number(node.text)), t);
  if (ts.isIdentifier(node)) {
    const sym = fe.m.ints.symbol(node);
    const v = sym && fe.lookup(sym);
    return v?.counter && v.kind !== "box" ? fe.varRef(v) : undefined;
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === K.MinusToken) {
    const x = integerExpr(fe, node.operand);
    const u = x && isNamed(x.t, "int64_t") ? I64 : t;
    return x && C.unary("-", widen(x, u), u);
  }
  const op = ts.isBinaryExpression(node) ? ops[node.operatorToken.kind] : undefined;
  if (!op || !ts.isBinaryExpression(node)) return undefined;
  const a = integerExpr(fe, node.left);
  const b = a && integerExpr(fe, node.right);
  if (!a || !b) return undefined;
  const u = isNamed(a.t, "int32_t") && isNamed(b.t, "int32_t") ? t : I64;
  return C.binary(op, widen(a, u), widen(b, u), u);
}
