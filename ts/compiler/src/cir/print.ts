/** Prints a C IR module as C99 text, within 120 columns. The only place where C text is made. */
import { Doc, broken, choice, group, indent, join, layout, line, softline } from "./doc";
import { BinaryOp, CType, Data, Def, Expr, Func, Local, Module, Stmt } from "./nodes";
import { wtf8 } from "./build";
import { reachable, someExpr, someStmt } from "./walk";

const WIDTH = 120;
const STEP = 4;

// -------------------------------------------------------------------- types

function typeText(t: CType): string {
  if (typeof t === "object") {
    if ("named" in t) return t.named;
    if ("fn" in t) return declText(t.fn, `(*)(${paramsText(t.params)})`);
    const inner = t.const ? constText(t.ptr) : typeText(t.ptr);
    return inner.endsWith("*") ? `${inner}*` : `${inner} *`;
  }
  switch (t) {
    case "str":
      return "TsString *";
    case "val":
      return "TsValue";
    case "box":
      return "TsBox *";
    case "uint32":
      return "uint32_t";
    default:
      return t;
  }
}

/** `double x`, `TsString *s`. */
function declText(t: CType, name: string): string {
  if (typeof t === "object" && "fn" in t) return declText(t.fn, `(*${name})(${paramsText(t.params)})`);
  const tt = typeText(t);
  return tt.endsWith("*") ? `${tt}${name}` : `${tt} ${name}`;
}

const paramsText = (ts: CType[]): string => (ts.length ? ts.map(typeText).join(", ") : "void");

/** The element type of read-only data: `const TsValue`, `TsString *const`. */
function constText(t: CType): string {
  const tt = typeText(t);
  return tt.endsWith("*") ? `${tt}const` : `const ${tt}`;
}

// -------------------------------------------------------------- expressions

const binaryPrec: Record<BinaryOp, number> = {
  "||": 4,
  "&&": 5,
  "|": 6,
  "^": 7,
  "&": 8,
  "==": 9,
  "!=": 9,
  "<": 10,
  ">": 10,
  "<=": 10,
  ">=": 10,
  "+": 12,
  "-": 12,
  "*": 13,
  "/": 13,
  "%": 13,
};
const PREFIX = 15;
const POSTFIX = 16;
const PRIMARY = 17;
/** Call arguments and initialisers: anything but a comma expression. */
const ARG = 2;

function precedence(e: Expr): number {
  switch (e.k) {
    case "seq":
      return 1;
    case "assign":
      return 2;
    case "cond":
      return 3;
    case "binary":
      return binaryPrec[e.op];
    case "unary":
      return e.postfix ? POSTFIX : PREFIX;
    case "cast":
      return PREFIX;
    case "array":
      return POSTFIX;
    default:
      return PRIMARY;
  }
}

const paren = (d: Doc): Doc => ["(", d, ")"];

/** The document of e, parenthesised when its precedence is below `min`. */
function expr(e: Expr, min = 0): Doc {
  const d = bare(e);
  return precedence(e) < min ? paren(d) : d;
}

function bare(e: Expr): Doc {
  switch (e.k) {
    case "lit":
      return e.text;
    case "strlit":
      return stringLiteral(e.bytes);
    case "name":
      return e.name;
    case "call":
      return call(e.fn, e.args);
    case "wrap":
      return call(e.of.t === "double" ? "ts_num_val" : e.of.t === "bool" ? "ts_bool" : "ts_str_v", [e.of]);
    case "temp":
      return call(e.t === "str" ? "ts_tmp_str" : "ts_tmp", [e.of]);
    case "field":
      return [expr(e.of, POSTFIX), e.arrow ? "->" : ".", e.name];
    case "index":
      return [expr(e.of, POSTFIX), "[", expr(e.index), "]"];
    case "unary": {
      if (e.postfix) return [expr(e.of, POSTFIX), e.op];
      const inner = precedence(e.of) === PREFIX ? paren(bare(e.of)) : expr(e.of, PREFIX);
      return [e.op, inner];
    }
    case "binary": {
      // a binary operand of another operator is parenthesised, except a left operand of the same operator
      const side = (c: Expr, left: boolean) =>
        c.k === "binary" && !(left && c.op === e.op) ? paren(bare(c)) : expr(c, binaryPrec[e.op] + (left ? 0 : 1));
      return group([side(e.left, true), " ", e.op, indent([line, side(e.right, false)])]);
    }
    case "cond":
      return group([
        expr(e.test, binaryPrec["||"]),
        indent([line, "? ", expr(e.then, binaryPrec["||"]), line, ": ", expr(e.else, binaryPrec["||"])]),
      ]);
    case "assign":
      return [expr(e.target, PREFIX), ` ${e.op} `, expr(e.value, ARG)];
    case "seq":
      return group([
        indent([
          softline,
          join(
            [",", line],
            e.items.map((i) => expr(i, ARG)),
          ),
        ]),
        softline,
      ]);
    case "array":
      return [`(${constText(e.elem)}[])`, braces(e.items)];
    case "init":
      return braces(e.items);
    case "cast":
      return [`(${typeText(e.t)})`, expr(e.of, PREFIX)];
  }
}

function braces(items: Expr[]): Doc {
  return group([
    "{",
    indent([
      line,
      join(
        [",", line],
        items.map((i) => expr(i, ARG)),
      ),
    ]),
    line,
    "}",
  ]);
}

/** A last argument that can open on the call's line and close on its own: an array or a call ending in one. */
function huggable(e: Expr): boolean {
  if (e.k === "array" || e.k === "init") return true;
  if (e.k === "wrap" || e.k === "temp") return huggable(e.of);
  return e.k === "call" && e.args.length > 0 && huggable(e.args[e.args.length - 1]);
}

/** f(a, b): flat; or with the last argument broken over lines; or one argument a line. */
function call(fn: string, args: Expr[]): Doc {
  if (!args.length) return `${fn}()`;
  const docs = args.map((a) => expr(a, ARG));
  const flat = [fn, "(", join(", ", docs), ")"];
  const expanded = [fn, "(", indent([softline, join([",", line], docs)]), softline, ")"];
  if (!huggable(args[args.length - 1])) return choice(flat, expanded);
  const lead = docs.slice(0, -1).flatMap((d) => [d, ", "]);
  return choice(flat, [fn, "(", ...lead, broken(docs[docs.length - 1]), ")"], expanded);
}

/** One byte of a C string literal; printable ASCII stays readable. */
function escapeByte(b: number): string {
  if (b === 0x22) return '\\"';
  if (b === 0x5c) return "\\\\";
  if (b === 0x0a) return "\\n";
  if (b === 0x09) return "\\t";
  if (b === 0x3f) return "\\?"; // no trigraphs
  if (b >= 0x20 && b < 0x7f) return String.fromCharCode(b);
  return "\\" + b.toString(8).padStart(3, "0");
}

const PIECE = 64;

/**
 * A string literal; a long one as adjacent literals of at most PIECE characters, each ending after
 * a newline or a space when it can. A UTF-8 sequence is never split.
 */
function stringLiteral(bytes: number[]): Doc {
  const whole = `"${bytes.map(escapeByte).join("")}"`;
  if (whole.length <= PIECE) return whole;
  const pieces: string[] = [];
  let cur = "";
  let lastBreak = 0; // where cur may end: after a space or a newline
  bytes.forEach((b, i) => {
    cur += escapeByte(b);
    const next = bytes[i + 1];
    if (next !== undefined && (next & 0xc0) === 0x80) return;
    if (b === 0x20 || b === 0x0a) lastBreak = cur.length;
    if (b === 0x0a && cur.length >= PIECE / 2) lastBreak = cur.length;
    else if (cur.length < PIECE - 6) return;
    const at = lastBreak > PIECE / 3 ? lastBreak : cur.length;
    pieces.push(`"${cur.slice(0, at)}"`);
    cur = cur.slice(at);
    lastBreak = 0;
  });
  if (cur) pieces.push(`"${cur}"`);
  return choice(whole, join(line, pieces));
}

// ----------------------------------------------------------------- statements

class Printer {
  readonly lines: string[] = [];

  constructor(readonly m: Module) {}

  emit(ind: number, doc: Doc): void {
    this.lines.push(...(" ".repeat(ind) + layout(doc, ind, WIDTH, STEP)).split("\n"));
  }

  /** #line N "file": the next line is line N of file. */
  lineDirective(n: number, file: string): void {
    this.lines.push(`#line ${n} "${wtf8(file).map(escapeByte).join("")}"`);
  }

  /** After generated code that follows the app's lines: the C file's own line numbers again. */
  backToC(): void {
    this.lineDirective(this.lines.length + 2, this.m.cFile);
  }

  body(stmts: Stmt[], ind: number): void {
    for (const s of stmts) this.stmt(s, ind);
  }

  block(head: Doc, body: Stmt[], ind: number, tail = "}"): void {
    this.emit(ind, head === "" ? "{" : [head, " {"]);
    this.body(body, ind + STEP);
    this.emit(ind, tail);
  }

  stmt(s: Stmt, ind: number): void {
    switch (s.k) {
      case "decl":
        return this.emit(ind, [declDoc(s.v, s.init), ";"]);
      case "expr":
        return this.emit(ind, [exprStatement(s.e), ";"]);
      case "release":
        return this.emit(ind, [releaseText(s.v), ";"]);
      case "if":
        return this.ifStmt(s, ind);
      case "for": {
        const init = s.init ? (s.init.k === "decl" ? declDoc(s.init.v, s.init.init) : exprStatementOf(s.init)) : "";
        const head =
          s.init || s.step
            ? ["for (", init, "; ", s.test ? expr(s.test) : "", "; ", stepDoc(s.step), ")"]
            : s.test
              ? ["while (", expr(s.test), ")"]
              : "for (;;)";
        return this.block(head, s.body, ind);
      }
      case "switch": {
        this.emit(ind, ["switch (", expr(s.on), ") {"]);
        for (const c of s.cases) {
          const labelText = c.value === undefined ? "default:" : `case ${c.value}:`;
          if (c.body.length === 1 && c.body[0].k === "break") this.emit(ind, `${labelText} break;`);
          else this.block(labelText, c.body, ind);
          if (c.fallthrough) this.emit(ind, "/* fallthrough */");
        }
        return this.emit(ind, "}");
      }
      case "block":
        return this.block("", s.body, ind);
      case "goto":
        return this.emit(ind, `goto ${s.label};`);
      case "label":
        return this.emit(Math.max(0, ind - STEP), `${s.name}:;`);
      case "break":
        return this.emit(ind, "break;");
      case "return":
        return this.emit(ind, s.value ? ["return ", expr(s.value, ARG), ";"] : "return;");
      case "line":
        return this.lineDirective(s.line, s.file ?? this.m.appFile);
    }
  }

  /** if/else; a chain whose every branch is one simple statement is written one branch a line. */
  ifStmt(s: Extract<Stmt, { k: "if" }>, ind: number): void {
    const chain: { test?: Expr; body: Stmt[] }[] = [];
    let cur: Stmt | undefined = s;
    while (cur) {
      if (cur.k !== "if") {
        break;
      }
      chain.push({ test: cur.test, body: cur.then });
      const els: Stmt[] | undefined = cur.else;
      cur = els && els.length === 1 && els[0].k === "if" ? els[0] : undefined;
      if (els && !cur) chain.push({ body: els });
    }
    const head = (i: number): Doc => {
      const t = chain[i].test;
      const word = i === 0 ? "if " : t ? "else if " : "else";
      return t ? [word, "(", expr(t, 3), ")"] : word;
    };
    if (chain.every((c) => c.body.length === 1 && isSimple(c.body[0]))) {
      const texts = chain.map((c, i) => layout([head(i), " ", simpleDoc(c.body[0])], ind, WIDTH, STEP));
      if (texts.every((t) => !t.includes("\n") && ind + t.length <= WIDTH)) {
        texts.forEach((t) => this.lines.push(" ".repeat(ind) + t));
        return;
      }
    }
    chain.forEach((c, i) => {
      this.emit(ind, i === 0 ? [head(0), " {"] : ["} ", head(i), " {"]);
      this.body(c.body, ind + STEP);
    });
    this.emit(ind, "}");
  }
}

function stepDoc(e: Expr | undefined): Doc {
  return e ? exprStatement(e) : "";
}

function isSimple(s: Stmt): boolean {
  return s.k === "expr" || s.k === "break" || s.k === "goto" || s.k === "return" || s.k === "release";
}

function simpleDoc(s: Stmt): Doc {
  switch (s.k) {
    case "expr":
      return [exprStatement(s.e), ";"];
    case "break":
      return "break;";
    case "goto":
      return `goto ${s.label};`;
    case "return":
      return s.value ? ["return ", expr(s.value, ARG), ";"] : "return;";
    case "release":
      return [releaseText(s.v), ";"];
    default:
      throw new Error(`not a simple statement: ${s.k}`);
  }
}

function exprStatementOf(s: Stmt): Doc {
  return s.k === "expr" ? exprStatement(s.e) : "";
}

/** An expression evaluated for its effect: calls and assignments as they are, anything else cast to void. */
function exprStatement(e: Expr): Doc {
  if (e.k === "call" || e.k === "assign" || (e.k === "unary" && (e.op === "++" || e.op === "--"))) return expr(e);
  if (e.k === "cast" && e.t === "void") return expr(e);
  return ["(void)", expr(e, PREFIX)];
}

function declDoc(v: Local, init: Expr | undefined): Doc {
  const d = v.volatile ? volatileDeclText(v.t, v.name) : declText(v.t, v.name);
  return init ? [d, " = ", expr(init, ARG)] : d;
}

/** `volatile double x`, `TsString *volatile s`: the variable itself is volatile, not what it points to. */
function volatileDeclText(t: CType, name: string): string {
  const tt = typeText(t);
  return tt.endsWith("*") ? `${tt}volatile ${name}` : `volatile ${tt} ${name}`;
}

function releaseText(v: Local): string {
  if (v.t === "box") return `ts_heap_release(&${v.name}->h)`;
  return v.t === "str" ? `ts_str_release(${v.name})` : `ts_release(${v.name})`;
}

// ------------------------------------------------------------------- module

function signature(f: Func): Doc {
  const params = f.params.length ? f.params.map((p) => declText(p.t, p.name)) : ["void"];
  const head = `${f.exported ? "" : f.inline ? "static inline " : "static "}${declText(f.ret, f.name)}`;
  return choice(
    [head, "(", join(", ", params), ")"],
    [head, "(", indent([softline, join([",", line], params)]), softline, ")"],
  );
}

function dataHead(d: Data): string {
  const t = d.isConst ? `${constText(d.t)}${constText(d.t).endsWith("*") ? "" : " "}${d.name}` : declText(d.t, d.name);
  return `static ${t}${d.array ? "[]" : ""}`;
}

const isTryFrame = (s: Stmt) =>
  s.k === "decl" && typeof s.v.t === "object" && "named" in s.v.t && s.v.t.named === "TsTry";

/**
 * The locals C requires to be volatile across a try statement's setjmp are declared volatile; GCC's
 * -Wclobbered also names locals no throw can find changed (a loop counter around a try statement).
 */
const noClobberedWarning = [
  "",
  "/* Locals that a try statement assigns and reads after a throw are volatile; the others keep their",
  " * values across the longjmp, whatever -Wclobbered guesses. */",
  "#if defined(__GNUC__) && !defined(__clang__)",
  '#pragma GCC diagnostic ignored "-Wclobbered"',
  "#endif",
];

const isThrow = (s: Stmt) => s.k === "expr" && someExpr(s.e, (e) => e.k === "call" && e.fn === "ts_throw");

/**
 * A recursive function whose base case throws (ts_throw does not return) has no path that returns
 * without recursing: GCC 12 calls that infinite recursion, though the throw ends it.
 */
const noRecursionWarning = [
  "",
  "/* A recursion whose base case throws ends there: ts_throw does not return. */",
  "#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12",
  '#pragma GCC diagnostic ignored "-Winfinite-recursion"',
  "#endif",
];

const hasLineDirective = (body: Stmt[]) => someStmt(body, (s) => s.k === "line");

/** The module as C text: header, literals, globals, prototypes, then the code; only what main reaches. */
export function printModule(m: Module): string {
  const p = new Printer(m);
  const defs = reachable(m);
  p.lines.push(`/* Generated by tsfw from ${m.appFile.replace(/\*\//g, "* /")}. Do not edit. */`);
  for (const inc of m.includes) p.lines.push(`#include "${inc}"`);
  if (defs.some((d) => d.k === "func" && someStmt(d.body, isTryFrame))) p.lines.push(...noClobberedWarning);
  if (defs.some((d) => d.k === "func" && someStmt(d.body, isThrow))) p.lines.push(...noRecursionWarning);
  const section = (ds: Def[], print: (d: Def) => void) => {
    if (!ds.length) return;
    p.lines.push("");
    ds.forEach(print);
  };
  const data = (d: Data) => p.emit(0, d.init ? [dataHead(d), " = ", expr(d.init, ARG), ";"] : [dataHead(d), ";"]);
  const dataIn = (s: Data["section"]) => defs.filter((d): d is Data => d.k === "data" && d.section === s);
  section(
    defs.filter((d) => d.k === "struct"),
    (d) => {
      if (d.k !== "struct") return;
      p.lines.push(`typedef struct ${d.name} {`);
      if (d.base) p.lines.push(`${" ".repeat(STEP)}${"k" in d.base ? d.base.name : d.base.named} base;`);
      for (const m of d.members) p.lines.push(`${" ".repeat(STEP)}${declText(m.t, m.name)}; /* ${m.comment} */`);
      p.lines.push(`} ${d.name};`);
    },
  );
  section(dataIn("literals"), (d) => data(d as Data));
  section(dataIn("globals"), (d) => data(d as Data));
  const code = defs.filter((d): d is Func | Data => d.k === "func" || (d.k === "data" && d.section === "code"));
  section(
    code.filter((d) => (d.k === "func" ? !d.exported : d.forward)),
    (d) => p.emit(0, d.k === "func" ? [signature(d), ";"] : [dataHead(d as Data), ";"]),
  );
  for (const d of code) {
    if (d.k === "data") {
      data(d);
      continue;
    }
    p.lines.push("");
    p.block(signature(d), d.body, 0);
    if (hasLineDirective(d.body)) p.backToC();
  }
  return p.lines.join("\n") + "\n";
}
