/** Date: the constructor, its static methods, and the methods of Date objects (tsfw_lib.h). */
import * as C from "../../cir/build";
import { Expr } from "../../cir/nodes";
import { argvOf, callWithArgv, ordered } from "../operands";
import { Builtin, BuiltinCall, Lowering, spec } from "./spec";
import { FunctionContext } from "../context";

/** The receiver and the arguments as doubles, in JavaScript's order. */
function withNumbers(fe: FunctionContext, c: BuiltinCall): { pre: Expr[]; recv: Expr; nums: Expr[] } {
  const recv = c.recv("val");
  const o = ordered(
    fe,
    c.args.map((a) => ({ node: a, t: "double" as const })),
  );
  return { pre: o.pre, recv, nums: o.items };
}

const field = (f: string) => C.lit(`TS_DATE_${f}`, "int");

const getter =
  (f: string, utc: boolean): Lowering =>
  (_fe, c) =>
    C.call("ts_date_get", [c.recv("val"), field(f), C.bool(utc)], "double");

/** d.setX(a, b, ...): the new time value. */
const setter =
  (f: string, utc: boolean, most: number): Lowering =>
  (fe, c) => {
    if (!c.args.length || c.args.length > most) return undefined;
    const { pre, recv, nums } = withNumbers(fe, c);
    const args = C.arrayLit("double", nums);
    return C.after(pre, C.call("ts_date_set", [recv, field(f), C.bool(utc), C.int(nums.length), args], "double"));
  };

/** The fields with getters and setters, and how many arguments the setter takes. */
const fields: [string, string, number][] = [
  ["FullYear", "FULL_YEAR", 3],
  ["Month", "MONTH", 2],
  ["Date", "DATE", 1],
  ["Hours", "HOURS", 4],
  ["Minutes", "MINUTES", 3],
  ["Seconds", "SECONDS", 2],
  ["Milliseconds", "MILLISECONDS", 1],
];

export const dateMethods: Record<string, Builtin> = {
  ...Object.fromEntries(
    fields.flatMap(([name, f, most]) => [
      [`get${name}`, getter(f, false)],
      [`getUTC${name}`, getter(f, true)],
      [`set${name}`, setter(f, false, most)],
      [`setUTC${name}`, setter(f, true, most)],
    ]),
  ),
  getDay: getter("DAY", false),
  getUTCDay: getter("DAY", true),
  getTimezoneOffset: getter("TIMEZONE_OFFSET", false),
  getTime: spec("ts_date_value", [], "double"),
  valueOf: spec("ts_date_value", [], "double"),
  setTime: setter("TIME", false, 1),
  toString: spec("ts_date_to_string", [], "str"),
  toDateString: spec("ts_date_to_date_string", [], "str"),
  toTimeString: spec("ts_date_to_time_string", [], "str"),
  toUTCString: spec("ts_date_to_utc_string", [], "str"),
  toGMTString: spec("ts_date_to_utc_string", [], "str"),
  toISOString: spec("ts_date_to_iso_string", [], "str"),
  toJSON: spec("ts_date_to_json", [], "val"),
};

export const dateStatics: Record<string, Builtin> = {
  now: spec("ts_date_now", [], "double"),
  parse: spec("ts_date_parse", ["str"], "double"),
  UTC: (fe, c) => callWithArgv("ts_date_utc", [], argvOf(fe, c.args), "double"),
};

/** new Date(), new Date(ms | string | date), new Date(y, m, d, h, min, s, ms). */
export const newDate: Lowering = (fe, c) => callWithArgv("ts_date_new", [], argvOf(fe, c.args), "val", { owned: true });
