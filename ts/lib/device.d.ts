// The device API's globals. The compiler adds this file to every program;
// editors pick it up through the app's tsconfig.json.

/** Prints its arguments like console.log. */
declare function print(...args: unknown[]): void;

interface Console {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}
declare var console: Console;
