/** Set.prototype. Sets are TsMaps whose keys are the values. */
import * as C from "../../cir/build";
import { Builtin, spec } from "./spec";

/** Methods on sets; the receiver is the TsValue. */
export const setMethods: Record<string, Builtin> = {
  /** s.add(x) is s: the receiver is held in a scratch variable. */
  add: (fe, c) => {
    const r = fe.scratch("val");
    return C.seq([C.assign(r, c.recv("val")), C.call("ts_set_add", [r, fe.arg(c.args[0], "val")], "void"), r]);
  },
  has: spec("ts_map_has", ["val"], "bool"),
  delete: spec("ts_map_delete", ["val"], "bool"),
  clear: spec("ts_map_clear", [], "void"),
  forEach: spec("ts_map_for_each", ["val"], "void"),
  keys: spec("ts_set_values", [], "val"),
  values: spec("ts_set_values", [], "val"),
  entries: spec("ts_map_entries", [], "val"),
};
