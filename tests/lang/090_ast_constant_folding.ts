// Parse expressions with variables into an AST, constant-fold it, pretty-print and evaluate.
type Ast =
  | { t: "num"; v: number }
  | { t: "var"; name: string }
  | { t: "bin"; op: string; l: Ast; r: Ast }
  | { t: "neg"; e: Ast };

function parse(src: string): Ast {
  const toks = src.replaceAll("(", " ( ").replaceAll(")", " ) ").replaceAll("+", " + ").replaceAll("*", " * ").replaceAll("-", " - ").replaceAll("/", " / ").split(" ").filter((s) => s !== "");
  let p = 0;
  const expr = (): Ast => {
    let l = term();
    while (toks[p] === "+" || toks[p] === "-") {
      const op = toks[p++];
      l = { t: "bin", op, l, r: term() };
    }
    return l;
  };
  const term = (): Ast => {
    let l = unary();
    while (toks[p] === "*" || toks[p] === "/") {
      const op = toks[p++];
      l = { t: "bin", op, l, r: unary() };
    }
    return l;
  };
  const unary = (): Ast => {
    if (toks[p] === "-") { p++; return { t: "neg", e: unary() }; }
    if (toks[p] === "(") { p++; const e = expr(); p++; return e; }
    const tok = toks[p++];
    const n = Number(tok);
    return Number.isNaN(n) ? { t: "var", name: tok } : { t: "num", v: n };
  };
  return expr();
}

function fold(a: Ast): Ast {
  if (a.t === "neg") {
    const e = fold(a.e);
    return e.t === "num" ? { t: "num", v: -e.v } : { t: "neg", e };
  }
  if (a.t !== "bin") return a;
  const l = fold(a.l);
  const r = fold(a.r);
  if (l.t === "num" && r.t === "num") return { t: "num", v: calc(a.op, l.v, r.v) };
  if (a.op === "*" && ((l.t === "num" && l.v === 0) || (r.t === "num" && r.v === 0))) return { t: "num", v: 0 };
  if (a.op === "*" && l.t === "num" && l.v === 1) return r;
  if ((a.op === "*" || a.op === "/") && r.t === "num" && r.v === 1) return l;
  if (a.op === "+" && l.t === "num" && l.v === 0) return r;
  if ((a.op === "+" || a.op === "-") && r.t === "num" && r.v === 0) return l;
  return { t: "bin", op: a.op, l, r };
}
function calc(op: string, x: number, y: number): number {
  return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
}
function show(a: Ast): string {
  switch (a.t) {
    case "num": return String(a.v);
    case "var": return a.name;
    case "neg": return `-${show(a.e)}`;
    case "bin": return `(${show(a.l)} ${a.op} ${show(a.r)})`;
  }
}
function evaluate(a: Ast, env: Record<string, number>): number {
  switch (a.t) {
    case "num": return a.v;
    case "var": return env[a.name] ?? NaN;
    case "neg": return -evaluate(a.e, env);
    case "bin": return calc(a.op, evaluate(a.l, env), evaluate(a.r, env));
  }
}
const env = { x: 3, y: -2, rate: 0.5 };
for (const src of ["1 + 2 * 3", "x * (2 + 3) - 0", "0 * (x + y) + y * 1", "(4 - 2 * 2) * rate + x / 1", "-(3 - 5) * -x", "1 / (2 - 2) + z"]) {
  const ast = parse(src);
  const folded = fold(ast);
  console.log(src.padEnd(28), "|", show(folded).padEnd(20), "|", evaluate(ast, env), evaluate(folded, env));
}
console.log(parse("a - (b + 2)"));
console.log(JSON.stringify(fold(parse("2 * 3 + k"))));
