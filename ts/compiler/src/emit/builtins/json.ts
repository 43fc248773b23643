/** JSON's static methods. */
import ts from "typescript";
import * as C from "../../cir/build";
import { Refusals } from "../../diag";
import { Builtin } from "./spec";

const K = ts.SyntaxKind;

export const jsonStatics: Record<string, Builtin> = {
  /** JSON.stringify(value, null, indent): no replacer. */
  stringify: (fe, c) => {
    const [value, replacer, space] = c.args;
    const v = value ? fe.arg(value, "val") : C.UNDEFINED;
    if (replacer && replacer.kind !== K.NullKeyword && !(ts.isIdentifier(replacer) && replacer.text === "undefined"))
      fe.m.error(replacer, Refusals.JsonReplacer);
    const indent = space ? fe.arg(space, "val") : C.UNDEFINED;
    return C.call("ts_json_stringify", [v, indent], "str", { owned: true });
  },
};
