/**
 * RegExp (components/runtime/regexp/tsfw_regexp.h): the constructor, methods and properties of
 * RegExp objects, and the String methods that take a pattern. Every RegExp value comes from a
 * literal or the constructor, which record that the app links the regexp part.
 */
import ts from "typescript";
import * as C from "../../cir/build";
import { Expr, Repr } from "../../cir/nodes";
import { Refusals } from "../../diag";
import { isLibSymbol } from "../../lib/symbols";
import { FunctionContext } from "../context";
import { Builtin, BuiltinCall, Lowering, Spec, dInf, fromSpec, lower, methodFromSpec, spec, vU } from "./spec";

/** The RegExp type of the library. */
export function isRegExpType(t: ts.Type): boolean {
  const sym = t.getSymbol();
  return !!sym && sym.name === "RegExp" && isLibSymbol(sym);
}

/** The result of exec, match and matchAll: an array with index, input and groups. */
export function isMatchArrayType(t: ts.Type): boolean {
  const sym = t.getSymbol();
  return !!sym && (sym.name === "RegExpExecArray" || sym.name === "RegExpMatchArray") && isLibSymbol(sym);
}

/** What a pattern argument is, by its static type: a RegExp, a string, or a union of them. */
function patternKind(fe: FunctionContext, node: ts.Expression): "regexp" | "string" | "either" {
  const t = fe.checker.getNonNullableType(fe.type(node));
  if (isRegExpType(t)) return "regexp";
  if (fe.ctype(node) === "str") return "string";
  return "either";
}

/** new RegExp(pattern, flags) and RegExp(pattern, flags). */
export const regexpConstructor: Lowering = (fe, c) => {
  fe.m.useRegExp(true);
  return fromSpec(fe, spec("ts_regexp_new", [vU, vU], "val"), c.args);
};

export const regexpMethods: Record<string, Builtin> = {
  exec: spec("ts_regexp_exec", ["str"], "val"),
  test: spec("ts_regexp_test", ["str"], "bool"),
  toString: spec("ts_regexp_to_string", [], "str"),
};

/** Properties read through their own functions: re.source, re.lastIndex, ... */
export const regexpProperties: Record<string, { fn: string; t: Repr; owned?: boolean }> = {
  source: { fn: "ts_regexp_source", t: "str", owned: true },
  flags: { fn: "ts_regexp_flags", t: "str", owned: true },
  global: { fn: "ts_regexp_global", t: "bool" },
  ignoreCase: { fn: "ts_regexp_ignore_case", t: "bool" },
  multiline: { fn: "ts_regexp_multiline", t: "bool" },
  dotAll: { fn: "ts_regexp_dot_all", t: "bool" },
  unicode: { fn: "ts_regexp_unicode", t: "bool" },
  sticky: { fn: "ts_regexp_sticky", t: "bool" },
  hasIndices: { fn: "ts_regexp_has_indices", t: "bool" },
  lastIndex: { fn: "ts_regexp_last_index", t: "double" },
};

/** re.name for a property of RegExp objects; undefined for another name. */
export function regexpProperty(re: Expr, name: string): Expr | undefined {
  const p = Object.prototype.hasOwnProperty.call(regexpProperties, name) ? regexpProperties[name] : undefined;
  return p && C.call(p.fn, [re], p.t, { owned: !!p.owned, mayThrow: false });
}

/**
 * match, matchAll and search: `onRegExp` when the argument is a RegExp; otherwise `onValue`, which
 * makes a RegExp of a text pattern at run time, as JavaScript does (s.match("a.c")).
 */
function byPattern(onRegExp: Spec, onValue: Spec): Lowering {
  return (fe: FunctionContext, c: BuiltinCall): Expr | undefined => {
    if (c.args[0] && patternKind(fe, c.args[0]) === "regexp") return methodFromSpec(fe, onRegExp, c, "str");
    fe.m.useRegExp(true);
    return methodFromSpec(fe, onValue, c, "str");
  };
}

/** replace and replaceAll: the replacement is a string or a function. */
function replaceBy(onString: Spec, re: string, reFn: string, either: string): Lowering {
  return (fe, c) => {
    const [pattern, replacement] = c.args;
    if (!pattern || !replacement) return undefined;
    const kind = patternKind(fe, pattern);
    const repIsString = fe.ctype(replacement) === "str";
    const repIsFn = fe.checker.getNonNullableType(fe.type(replacement)).getCallSignatures().length > 0;
    if (kind === "string" && repIsString) return methodFromSpec(fe, onString, c, "str");
    if (kind === "regexp" && repIsString) return methodFromSpec(fe, spec(re, ["val", "str"], "str"), c, "str");
    if (kind === "regexp" && repIsFn) return methodFromSpec(fe, spec(reFn, ["val", "val"], "str"), c, "str");
    if (kind !== "regexp" && !repIsString) {
      // a replacer function for a text pattern: the runtime calls one only for a RegExp
      fe.m.error(pattern, Refusals.ReplacerNeedsRegExp, c.name);
      return C.UNDEFINED;
    }
    fe.m.useRegExp(false);
    return methodFromSpec(fe, spec(either, ["val", "val"], "str"), c, "str");
  };
}

/** The String methods that take a pattern (string.ts has the rest). */
export const stringPatternMethods = (text: {
  split: Builtin;
  replace: Spec;
  replaceAll: Spec;
}): Record<string, Builtin> => ({
  match: byPattern(spec("ts_str_match_re", ["val"], "val"), spec("ts_str_match_v", ["val"], "val")),
  matchAll: byPattern(spec("ts_str_match_all_re", ["val"], "val"), spec("ts_str_match_all_v", ["val"], "val")),
  search: byPattern(spec("ts_str_search_re", ["val"], "double"), spec("ts_str_search_v", ["val"], "double")),
  split: (fe, c) => {
    const kind = c.args[0] ? patternKind(fe, c.args[0]) : "string";
    if (kind === "regexp") return methodFromSpec(fe, spec("ts_str_split_re", ["val", dInf], "val"), c, "str");
    if (kind === "either" && unionHasRegExp(fe, c.args[0])) {
      fe.m.useRegExp(false);
      return methodFromSpec(fe, spec("ts_str_split_v", ["val", dInf], "val"), c, "str");
    }
    return lower(fe, text.split, c, "str");
  },
  replace: replaceBy(text.replace, "ts_str_replace_re", "ts_str_replace_re_fn", "ts_str_replace_v"),
  replaceAll: replaceBy(text.replaceAll, "ts_str_replace_all_re", "ts_str_replace_all_re_fn", "ts_str_replace_all_v"),
});

function unionHasRegExp(fe: FunctionContext, node: ts.Expression): boolean {
  const t = fe.type(node);
  return t.isUnion() && t.types.some(isRegExpType);
}
