/** C identifiers derived from TypeScript names. */

const cReserved = new Set([
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float",
  "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed", "sizeof", "static",
  "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool", "_Complex", "_Imaginary",
  "bool", "true", "false", "NULL", "main", "self", "argc", "argv", "errno", "stdin", "stdout", "stderr", "assert",
  "offsetof", "EOF", "INFINITY", "NAN", "isnan", "isinf", "signbit", "fpclassify", "isfinite", "setjmp", "va_start",
  "va_arg", "va_end", "va_copy", "errno", "memcpy", "memset", "malloc", "free", "size_t", "ptrdiff_t",
]);

/** C99 library names: gcc knows them as builtins, and tsfw.h includes <math.h>. */
const mathNames = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "copysign", "cos", "cosh", "erf", "erfc",
  "exp", "exp2", "expm1", "fabs", "fdim", "floor", "fma", "fmax", "fmin", "fmod", "frexp", "hypot", "ilogb", "ldexp", "lgamma", "llrint",
  "llround", "log", "log10", "log1p", "log2", "logb", "lrint", "lround", "modf", "nan", "nearbyint", "nextafter", "nexttoward", "pow",
  "remainder", "remquo", "rint", "round", "scalbln", "scalbn", "sin", "sinh", "sqrt", "tan", "tanh", "tgamma", "trunc"];
const libNames = ["abs", "labs", "llabs", "div", "ldiv", "lldiv", "atoi", "atol", "atoll", "atof", "strtod", "strtof", "strtol", "strtoul",
  "rand", "srand", "calloc", "realloc", "abort", "exit", "atexit", "getenv", "system", "qsort", "bsearch", "strlen", "strcpy", "strncpy",
  "strcmp", "strncmp", "strcat", "strncat", "strchr", "strrchr", "strstr", "strspn", "strcspn", "strpbrk", "strtok", "strdup", "memmove",
  "memcmp", "memchr", "printf", "fprintf", "sprintf", "snprintf", "vprintf", "puts", "putchar", "fputs", "fputc", "putc", "getchar",
  "fopen", "fclose", "fread", "fwrite", "fflush", "scanf", "sscanf", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower",
  "toupper", "tolower", "isprint", "ispunct", "isxdigit", "iscntrl", "isgraph", "isblank", "signal", "raise", "time", "clock", "index",
  "remove", "rename", "tmpfile", "exp10", "gamma", "y0", "y1", "yn", "j0", "j1", "jn", "isinff", "isnanf", "finite"];
for (const n of [...mathNames, ...mathNames.map((m) => `${m}f`), ...mathNames.map((m) => `${m}l`), ...libNames]) cReserved.add(n);

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
