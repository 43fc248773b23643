/** Date's static methods (Date objects are not supported). */
import { Builtin, spec } from "./spec";

export const dateStatics: Record<string, Builtin> = {
  now: spec("ts_date_now", [], "double"),
};
