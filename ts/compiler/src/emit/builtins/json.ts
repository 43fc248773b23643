/** JSON's static methods, and the checker of `JSON.parse(text) as T`. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Data, Expr } from "../../cir/nodes";
import { Refusals } from "../../diag";
import { isLibSymbol } from "../../lib/symbols";
import { FunctionContext, ModuleContext } from "../context";
import { Builtin, spec } from "./spec";

const K = ts.SyntaxKind;
const F = ts.TypeFlags;

export const jsonStatics: Record<string, Builtin> = {
  /**
   * JSON.parse(text): unknown, or the type the app expects (`as T`, a declared type, a return
   * type), which the value is checked against when it is parsed.
   */
  parse: (fe, c) => {
    if (c.args.length !== 1) {
      fe.m.error(c.args[1] ?? c.node, Refusals.JsonReviver);
      return C.UNDEFINED;
    }
    const text = fe.arg(c.args[0], "str");
    const expected = fe.type(c.node);
    if (expected.flags & (F.Unknown | F.Any)) return C.call("ts_json_parse", [text], "val", { owned: true });
    const table = shapeTable(fe, expected, c.node);
    if (!table) return C.UNDEFINED;
    const root = C.cstring(rootName(c.node));
    return C.call("ts_json_parse_as", [text, table, root], "val", { owned: true });
  },
  /** JSON.getLimits() and JSON.setLimits({ maxDepth, maxBytes }): the parser's limits (device.d.ts). */
  getLimits: spec("ts_json_limits", [], "val"),
  setLimits: spec("ts_json_set_limits_v", ["val"], "val"),
  /** JSON.stringify(value, replacer, space). */
  stringify: (fe, c) => {
    const [value, replacer, space] = c.args;
    const v = value ? fe.arg(value, "val") : C.UNDEFINED;
    const indent = space ? fe.arg(space, "val") : C.UNDEFINED;
    if (!replacer || replacer.kind === K.NullKeyword || (ts.isIdentifier(replacer) && replacer.text === "undefined"))
      return C.call("ts_json_stringify", [v, indent], "str", { owned: true });
    return C.call("ts_json_stringify_full", [v, fe.arg(replacer, "val"), indent], "str", { owned: true });
  },
};

/** What a mismatch message starts with: the variable the value goes to, else `JSON.parse(...)`. */
function rootName(call: ts.Node): string {
  let n: ts.Node = call;
  while (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isSatisfiesExpression(n.parent))
    n = n.parent;
  const p = n.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === K.EqualsToken && p.right === n) return p.left.getText();
  if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) return p.name.text;
  return "JSON.parse(...)";
}

/** A row of the table (TsJsonType in tsfw_lib.h). */
interface Row {
  kind: string;
  required?: number;
  first?: number;
  n?: number;
  key?: string;
  num?: number;
  text: string;
}

const tableCount = new WeakMap<ModuleContext, number>();

/** The static table describing a JSON-shaped type, or undefined (and a diagnostic) when it is not one. */
function shapeTable(fe: FunctionContext, type: ts.Type, node: ts.Node): Expr | undefined {
  const checker = fe.checker;
  const rows: Row[] = [];
  const seen = new Map<ts.Type, number>();
  const optionalRows = new Map<string, number>();
  let bad: { type: ts.Type; why: string } | undefined;
  const text = (t: ts.Type) => checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation);

  type Member = { t: ts.Type; key?: string; required: boolean };
  const items = (kind: string, members: Member[]): Row => {
    const targets = members.map((m) => (m.required ? row(m.t) : optionalRow(m.t)));
    const first = rows.length;
    members.forEach((m, i) =>
      rows.push({ kind: "TS_JSON_ITEM", first: targets[i], key: m.key, required: m.required ? 1 : 0, text: "" }),
    );
    return { kind, first, n: members.length, text: "" };
  };

  const describe = (t: ts.Type): Row | string => {
    if (t.flags & (F.Unknown | F.Any)) return { kind: "TS_JSON_UNKNOWN", text: "unknown" };
    if (t.flags & F.NumberLiteral)
      return { kind: "TS_JSON_NUMBER_LIT", num: (t as ts.NumberLiteralType).value, text: "" };
    if (t.flags & F.StringLiteral)
      return { kind: "TS_JSON_STRING_LIT", key: (t as ts.StringLiteralType).value, text: "" };
    if (t.flags & F.BooleanLiteral)
      return {
        kind: (t as unknown as { intrinsicName: string }).intrinsicName === "true" ? "TS_JSON_TRUE" : "TS_JSON_FALSE",
        text: "",
      };
    if (t.flags & F.Boolean) return { kind: "TS_JSON_BOOLEAN", text: "" };
    if (t.flags & F.Number) return { kind: "TS_JSON_NUMBER", text: "" };
    if (t.flags & F.String) return { kind: "TS_JSON_STRING", text: "" };
    if (t.flags & F.Null) return { kind: "TS_JSON_NULL", text: "" };
    if (t.flags & (F.Undefined | F.Void)) return { kind: "TS_JSON_UNDEFINED", text: "" };
    if (t.isUnion())
      return items(
        "TS_JSON_UNION",
        t.types.map((m) => ({ t: m, required: true })),
      );
    if (t.flags & F.TypeParameter) return "a type parameter is known only when the program runs";
    if (checker.isArrayType(t))
      return { kind: "TS_JSON_ARRAY", first: row(checker.getTypeArguments(t as ts.TypeReference)[0]), text: "" };
    if (checker.isTupleType(t)) {
      const target = (t as ts.TupleTypeReference).target;
      if (target.elementFlags.some((f) => f & ts.ElementFlags.Variable)) return "a tuple with a rest element";
      const r = items(
        "TS_JSON_TUPLE",
        checker.getTypeArguments(t as ts.TypeReference).map((m) => ({ t: m, required: true })),
      );
      r.required = target.elementFlags.filter((f) => f & ts.ElementFlags.Required).length;
      return r;
    }
    if (!(t.flags & F.Object) && !t.isIntersection()) return "it is not a JSON value";
    if (t.getCallSignatures().length || t.getConstructSignatures().length) return "functions are not JSON values";
    const sym = t.getSymbol();
    if (sym && sym.flags & ts.SymbolFlags.Class)
      return "a class instance has methods and a prototype, which JSON lacks";
    if (sym && isLibSymbol(sym) && !["__type", "__object", "Record"].includes(sym.name) && !t.aliasSymbol)
      return `a ${sym.name} is not a JSON value`;
    const props = checker.getPropertiesOfType(t);
    const index = t.getStringIndexType();
    if (index && !props.length) return { kind: "TS_JSON_RECORD", first: row(index), text: "" };
    const fields: { t: ts.Type; key: string; required: boolean }[] = [];
    for (const p of props) {
      if (p.flags & ts.SymbolFlags.Method) return `'${p.name}' is a method`;
      fields.push({ t: checker.getTypeOfSymbol(p), key: p.name, required: !(p.flags & ts.SymbolFlags.Optional) });
    }
    return items("TS_JSON_OBJECT", fields);
  };

  /** An optional field's type without the `undefined` TypeScript adds: an absent field is not checked. */
  const optionalRow = (t: ts.Type): number => {
    if (!t.isUnion()) return row(t);
    const present = t.types.filter((m) => !(m.flags & (F.Undefined | F.Void)));
    if (present.length === 1) return row(present[0]);
    const key = `optional:${present.map((m) => (m as unknown as { id: number }).id).join(",")}`;
    const known = optionalRows.get(key);
    if (known !== undefined) return known;
    // boolean is true | false to TypeScript
    const bools = present.filter((m) => m.flags & F.BooleanLiteral);
    const others = present.filter((m) => !(m.flags & F.BooleanLiteral));
    const names = [...others.map(text), ...(bools.length === 2 ? ["boolean"] : bools.map(text))];
    const i = rows.length;
    optionalRows.set(key, i);
    rows.push({ kind: "TS_JSON_UNKNOWN", text: "" });
    const r = items(
      "TS_JSON_UNION",
      present.map((m) => ({ t: m, required: true })),
    );
    r.text = names.join(" | ");
    rows[i] = r;
    return i;
  };

  function row(t: ts.Type): number {
    const known = seen.get(t);
    if (known !== undefined) return known;
    const i = rows.length;
    seen.set(t, i);
    rows.push({ kind: "TS_JSON_UNKNOWN", text: "" });
    const r = describe(t);
    if (typeof r === "string") {
      bad ??= { type: t, why: r };
      return i;
    }
    r.text = text(t);
    rows[i] = r;
    return i;
  }

  row(type);
  if (bad) {
    fe.m.error(node, Refusals.JsonShape, text(type), bad.type === type ? bad.why : `${text(bad.type)}: ${bad.why}`);
    return undefined;
  }
  const init = rows.map((r) =>
    C.init([
      C.lit(r.kind, "int"),
      C.int(r.required ?? 0),
      C.int(r.first ?? 0),
      C.int(r.n ?? 0),
      r.key !== undefined ? fe.m.str(r.key) : C.NULL,
      C.num(r.num ?? 0),
      C.cstring(r.text),
    ]),
  );
  const count = tableCount.get(fe.m) ?? 0;
  tableCount.set(fe.m, count + 1);
  const d: Data = fe.m.define({
    k: "data",
    name: `tsg_json_type${count}`,
    t: { named: "TsJsonType" },
    init: C.init(init),
    isConst: true,
    array: true,
    forward: false,
    section: "literals",
  });
  return C.defRef(d);
}
