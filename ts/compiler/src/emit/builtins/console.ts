/** console.log and its kin, and the device API's print. */
import { argvOf, callWithArgv } from "../operands";
import { Builtin, Lowering } from "./spec";

/** Prints the arguments like node: to stdout (ts_console_log) or stderr (ts_console_error). */
export const printTo =
  (fn: string): Lowering =>
  (fe, c) =>
    callWithArgv(fn, [], argvOf(fe, c.args), "void");

export const consoleStatics: Record<string, Builtin> = {
  log: printTo("ts_console_log"),
  info: printTo("ts_console_log"),
  error: printTo("ts_console_error"),
  warn: printTo("ts_console_error"),
};
