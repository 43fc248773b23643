/** C identifiers derived from TypeScript names. */

const cReserved = new Set([
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float",
  "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed", "sizeof", "static",
  "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool", "_Complex", "_Imaginary",
  "bool", "true", "false", "NULL", "main", "self", "argc", "argv", "errno", "stdin", "stdout", "stderr", "assert",
  "offsetof", "EOF", "INFINITY", "NAN", "isnan", "isinf", "signbit", "fpclassify", "isfinite", "setjmp", "va_start",
  "va_arg", "va_end", "va_copy", "errno", "memcpy", "memset", "malloc", "free", "size_t", "ptrdiff_t",
]);

/** A TS identifier as a C identifier: `$` becomes `_S`; names that clash with C or the runtime get a trailing `_`. */
export function cName(tsName: string): string {
  let s = tsName.replace(/\$/g, "_S").replace(/[^A-Za-z0-9_]/g, (c) => `_u${c.codePointAt(0)!.toString(16)}`);
  if (cReserved.has(s) || /^(_|ts|TS|Ts|tsg|int\d|uint\d)/.test(s) || /_t$/.test(s) || /^[A-Z_]+_(MAX|MIN|C)$/.test(s)) s += "_";
  return s;
}

/** Makes names unique within one C scope (functions, globals, classes). */
export class NameTable {
  private used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  take(base: string): string {
    let n = base;
    for (let i = 2; this.used.has(n); i++) n = `${base}_${i}`;
    this.used.add(n);
    return n;
  }
}
