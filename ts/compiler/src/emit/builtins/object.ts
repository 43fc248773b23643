/** Object's static methods. */
import * as C from "../../cir/build";
import { Builtin, spec } from "./spec";

export const objectStatics: Record<string, Builtin> = {
  keys: spec("ts_obj_keys", ["val"], "val"),
  values: spec("ts_obj_values", ["val"], "val"),
  entries: spec("ts_obj_entries", ["val"], "val"),
  fromEntries: spec("ts_obj_from_entries", ["val"], "val"),
  /** Object.is: SameValue (NaN is NaN, 0 is not -0). */
  is: spec("ts_same_value", ["val", "val"], "bool"),
  /** Object.assign(target, ...sources) is target: held in a scratch variable. */
  assign: (fe, c) => {
    const t = fe.scratch("val");
    const steps = [
      C.assign(t, fe.arg(c.args[0], "val")),
      ...c.args.slice(1).map((a) => C.call("ts_obj_assign", [t, fe.arg(a, "val")], "void")),
    ];
    return C.seq([...steps, t]);
  },
  /** Objects are not frozen on the device: freeze returns its argument. */
  freeze: (fe, c) => fe.expr(c.args[0]),
};
