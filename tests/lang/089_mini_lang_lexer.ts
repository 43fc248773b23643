// Lexer for a tiny C-like language: keywords, identifiers, numbers, strings, operators and comments.
const KEYWORDS = new Set(["let", "if", "else", "while", "return", "fn", "true", "false"]);
type Kind = "kw" | "id" | "num" | "str" | "op" | "punct" | "eof";
interface Tok {
  kind: Kind;
  value: string;
  line: number;
  col: number;
}

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  const adv = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (src[i] === "\n") { line++; col = 1; } else col++;
      i++;
    }
  };
  const twoCharOps = ["==", "!=", "<=", ">=", "&&", "||", "->"];
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\n" || c === "\t") { adv(1); continue; }
    if (src.startsWith("//", i)) { while (i < src.length && src[i] !== "\n") adv(1); continue; }
    if (src.startsWith("/*", i)) { const end = src.indexOf("*/", i + 2); adv((end < 0 ? src.length : end + 2) - i); continue; }
    const sl = line;
    const sc = col;
    const start = i;
    if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_") {
      while (i < src.length && /* ident char */ (src[i].toLowerCase() !== src[i].toUpperCase() || src[i] === "_" || (src[i] >= "0" && src[i] <= "9"))) adv(1);
      const w = src.slice(start, i);
      toks.push({ kind: KEYWORDS.has(w) ? "kw" : "id", value: w, line: sl, col: sc });
    } else if (c >= "0" && c <= "9") {
      while (i < src.length && ((src[i] >= "0" && src[i] <= "9") || src[i] === ".")) adv(1);
      toks.push({ kind: "num", value: src.slice(start, i), line: sl, col: sc });
    } else if (c === '"') {
      adv(1);
      let s = "";
      while (i < src.length && src[i] !== '"') { s += src[i] === "\\" ? src[i + 1] : src[i]; adv(src[i] === "\\" ? 2 : 1); }
      adv(1);
      toks.push({ kind: "str", value: s, line: sl, col: sc });
    } else if (twoCharOps.includes(src.slice(i, i + 2))) {
      toks.push({ kind: "op", value: src.slice(i, i + 2), line: sl, col: sc });
      adv(2);
    } else {
      toks.push({ kind: "+-*/<>=!%".includes(c) ? "op" : "punct", value: c, line: sl, col: sc });
      adv(1);
    }
  }
  toks.push({ kind: "eof", value: "", line, col });
  return toks;
}

const program = `fn fact(n) {
  // recursive factorial
  if (n <= 1) { return 1; }
  return n * fact(n - 1);
}
/* multi
   line */ let msg = "say \\"hi\\"";
while (x != 10 && y >= 2.5) { x = x + 1; }`;
const toks = lex(program);
print("token count:", toks.length);
for (const t of toks.slice(0, 12)) print(`${t.line}:${t.col}`.padEnd(6), t.kind.padEnd(6), JSON.stringify(t.value));
const kinds: Record<string, number> = {};
for (const t of toks) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
print(kinds);
print(toks.filter((t) => t.kind === "str" || t.kind === "num").map((t) => t.value));
print(toks[toks.length - 1]);
