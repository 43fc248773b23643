// A tokenizer with sticky RegExps: each token must start exactly at lastIndex.
interface Token {
  kind: string;
  text: string;
  at: number;
}
const kinds: [string, RegExp][] = [
  ["space", /\s+/y],
  ["number", /\d+(?:\.\d+)?/y],
  ["ident", /[A-Za-z_]\w*/y],
  ["string", /"(?:[^"\\]|\\.)*"/y],
  ["op", /[-+*/=()<>!]=?|&&|\|\|/y],
];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < src.length) {
    let matched = false;
    for (const [kind, re] of kinds) {
      re.lastIndex = pos;
      const m = re.exec(src);
      if (m) {
        if (kind !== "space") out.push({ kind, text: m[0], at: pos });
        pos = re.lastIndex;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ kind: "error", text: src[pos], at: pos });
      pos++;
    }
  }
  return out;
}

for (const src of ['temp >= 21.5 && mode != "eco"', "x=(a+b)*3 # c", 'msg = "say \\"hi\\""']) {
  print(src);
  print(tokenize(src).map((t) => `${t.kind}:${t.text}@${t.at}`).join(" "));
}
const y = /a/y;
print(y.test("ba"), y.lastIndex);
y.lastIndex = 1;
print(y.test("ba"), y.lastIndex, y.test("ba"), y.lastIndex);
const yg = /\d/gy;
print("12a34".match(yg), "12a34".replace(yg, "#"), "12a34".search(/a/y));
