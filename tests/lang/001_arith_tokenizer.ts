// Tokenize arithmetic expressions into a flat token list.
type TokKind = "num" | "ident" | "op" | "lparen" | "rparen";
interface Token {
  kind: TokKind;
  text: string;
  pos: number;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
function isAlpha(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || c === ".") {
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      out.push({ kind: "num", text: src.slice(start, i), pos: start });
    } else if (isAlpha(c)) {
      while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
      out.push({ kind: "ident", text: src.slice(start, i), pos: start });
    } else if (c === "(") {
      out.push({ kind: "lparen", text: c, pos: i++ });
    } else if (c === ")") {
      out.push({ kind: "rparen", text: c, pos: i++ });
    } else if ("+-*/%^".includes(c)) {
      if (c === "*" && src[i + 1] === "*") {
        out.push({ kind: "op", text: "**", pos: i });
        i += 2;
      } else {
        out.push({ kind: "op", text: c, pos: i++ });
      }
    } else {
      console.log(`unexpected '${c}' at ${i}`);
      i++;
    }
  }
  return out;
}

const inputs = ["1 + 2 * 3", "(a1 + b_2) ** 2", "3.14 * r * r", "x % 7 - -y", "foo(1) $ 2"];
for (const s of inputs) {
  const toks = tokenize(s);
  console.log(s, "=>", toks.length, "tokens");
  console.log(toks.map((t) => `${t.kind}:${t.text}@${t.pos}`).join(" "));
}
const counts: Record<string, number> = {};
for (const s of inputs) {
  for (const t of tokenize(s)) {
    counts[t.kind] = (counts[t.kind] ?? 0) + 1;
  }
}
console.log(counts);
console.log(tokenize("a+b")[1]);
