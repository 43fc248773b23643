/** Map.prototype. Maps and sets share the runtime's TsMap. */
import * as C from "../../cir/build";
import { ordered } from "../operands";
import { Builtin, spec } from "./spec";

/** Methods on maps; the receiver is the TsValue. */
export const mapMethods: Record<string, Builtin> = {
  /** m.set(k, v) is m: the receiver is held in a scratch variable. */
  set: (fe, c) => {
    const r = fe.scratch("val");
    const { pre, items } = ordered(fe, [
      { node: c.args[0], t: "val" },
      { node: c.args[1], t: "val" },
    ]);
    return C.seq([C.assign(r, c.recv("val")), ...pre, C.call("ts_map_set", [r, items[0], items[1]], "void"), r]);
  },
  get: spec("ts_map_get", ["val"], "val", false),
  has: spec("ts_map_has", ["val"], "bool"),
  delete: spec("ts_map_delete", ["val"], "bool"),
  clear: spec("ts_map_clear", [], "void"),
  forEach: spec("ts_map_for_each", ["val"], "void"),
  keys: spec("ts_map_keys", [], "val"),
  values: spec("ts_map_values", [], "val"),
  entries: spec("ts_map_entries", [], "val"),
};
