/**
 * Errors that escape a callback of the app, handled as the device handles
 * them (components/runtime/api/api.c): each callback the shim calls runs
 * in a try of its own; what it throws is logged to stderr with where it was
 * created (file.ts:line:col) and what was being handled, at most 10 lines
 * every 10 s plus one line counting the others, and the program goes on.
 * node would end the process; a device must not reboot on one bad request.
 */
import { SourceMap } from "node:module";
import path from "node:path";
import util from "node:util";

const BURST = 10;
const WINDOW_MS = 10_000;

/** The app's files (several for an app split into modules), and the entry's folder. */
const appFiles = new Map<string, SourceMap>();
let appDir: string | undefined;

/** node-run registers each transpiled file of the app and its source map, so
 *  that positions name the TypeScript source, as the compiled app does. */
export function setAppSource(file: string, map: SourceMap): void {
  appDir ??= path.dirname(file);
  appFiles.set(file, map);
}

/** "file.ts:line:col" of the first frame of the app in e's stack: where the
 *  error was created, or where the app called the API that threw it. */
function location(e: Error): string | undefined {
  if (!appDir || typeof e.stack !== "string") return undefined;
  for (const line of e.stack.split("\n")) {
    const m = /^\s+at (?:.*\()?(.*):(\d+):(\d+)\)?$/.exec(line);
    const map = m && appFiles.get(m[1]);
    if (!m || !map) continue;
    const pos = map.findEntry(Number(m[2]) - 1, Number(m[3]) - 1) as {
      originalSource?: string;
      originalLine?: number;
      originalColumn?: number;
    };
    if (pos.originalSource === undefined || pos.originalLine === undefined || pos.originalColumn === undefined)
      return undefined;
    const file = path.relative(appDir, path.resolve(path.dirname(m[1]), pos.originalSource));
    return `${file}:${pos.originalLine + 1}:${pos.originalColumn + 1}`;
  }
  return undefined;
}

/** error_header: "Name: message" as the error holds them, without running
 *  the app's code (no toString); anything else as console.log shows it. */
export function errorHeader(v: unknown): string {
  if (!(v instanceof Error)) return util.inspect(v);
  const text = (x: unknown, dflt: string) =>
    x === undefined ? dflt : typeof x === "object" && x !== null ? util.inspect(x) : String(x);
  const name = text(v.name, "Error");
  const msg = text(v.message, "");
  return name === "" ? msg : msg === "" ? name : `${name}: ${msg}`;
}

/** Where the first frame of the app in an error's stack is, when known. */
export function errorLocation(e: unknown): string | undefined {
  return e instanceof Error ? location(e) : undefined;
}

/** ts_exception_text: the header, then " at file.ts:line:col" when known. */
export function exceptionText(v: unknown): string {
  const loc = errorLocation(v);
  return errorHeader(v) + (loc ? ` at ${loc}` : "");
}

const logLevels = ["error", "warn", "info", "debug"];
/** TSFW_LOG, as the native runtime reads it (port_posix.c): warn by default. */
const wantedLevel = logLevels.indexOf(process.env.TSFW_LOG ?? "");
const logLevel = wantedLevel >= 0 ? wantedLevel : 1;

/** port_log: "2026-12-05T21:40:01.123Z tsfw warn: msg" on stderr, when TSFW_LOG lets it through. */
export function log(level: "error" | "warn" | "info" | "debug", msg: string): void {
  if (logLevels.indexOf(level) > logLevel) return;
  process.stderr.write(`${new Date().toISOString()} tsfw ${level}: ${msg}\n`);
}

let windowStart = performance.now();
let logged = 0;
let dropped = 0;

/** Ends the window when its time is up (or the program does), with the
 *  count of what it did not log. */
function roll(atExit: boolean): void {
  const now = performance.now();
  if (!atExit && now - windowStart < WINDOW_MS) return;
  if (dropped)
    log(
      "error",
      `${dropped} more uncaught errors in callbacks were not logged (at most ${BURST} every ${WINDOW_MS / 1000} s)`,
    );
  windowStart = now;
  logged = dropped = 0;
}
process.on("exit", () => roll(true));

/** api_report_uncaught: the callback `where` threw; outcome says what followed. */
export function reportUncaught(where: string, thrown: unknown, outcome = ""): void {
  roll(false);
  if (logged < BURST) {
    logged++;
    log("error", `${where}: uncaught ${exceptionText(thrown)}${outcome}`);
  } else {
    dropped++;
  }
}

let appDepth = 0;

/** True while the app's code runs (api.c's g_in_app): an error found then
 *  reaches the app's 'error' handler only after the app's call returns. */
export function inApp(): boolean {
  return appDepth > 0;
}

/** Runs the app's code fn, counted by inApp(). */
export function runApp(fn: () => void): void {
  appDepth++;
  try {
    fn();
  } finally {
    appDepth--;
  }
}

/** api_call_cb: calls fn(...args); what it throws is reported. Returns false when it threw. */
export function callApp(where: string, fn: ((...args: never[]) => unknown) | undefined, ...args: unknown[]): boolean {
  if (!fn) return true;
  try {
    runApp(() => (fn as (...a: unknown[]) => unknown)(...args));
    return true;
  } catch (e) {
    reportUncaught(where, e);
    return false;
  }
}
