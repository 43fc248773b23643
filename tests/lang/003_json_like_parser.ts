// A hand-written parser for a tiny JSON-like language, producing a tagged tree.
type Value =
  | { kind: "num"; n: number }
  | { kind: "str"; s: string }
  | { kind: "bool"; b: boolean }
  | { kind: "null" }
  | { kind: "arr"; items: Value[] }
  | { kind: "obj"; keys: string[]; vals: Value[] };

let src = "";
let pos = 0;

function ws(): void {
  while (pos < src.length && (src[pos] === " " || src[pos] === "\n")) pos++;
}

function parseValue(): Value {
  ws();
  const c = src[pos];
  if (c === "{") {
    pos++;
    const keys: string[] = [];
    const vals: Value[] = [];
    ws();
    if (src[pos] === "}") { pos++; return { kind: "obj", keys, vals }; }
    for (;;) {
      ws();
      const k = parseString();
      ws();
      pos++; // ':'
      keys.push(k);
      vals.push(parseValue());
      ws();
      if (src[pos++] === "}") break;
    }
    return { kind: "obj", keys, vals };
  }
  if (c === "[") {
    pos++;
    const items: Value[] = [];
    ws();
    if (src[pos] === "]") { pos++; return { kind: "arr", items }; }
    for (;;) {
      items.push(parseValue());
      ws();
      if (src[pos++] === "]") break;
    }
    return { kind: "arr", items };
  }
  if (c === '"') return { kind: "str", s: parseString() };
  if (src.startsWith("true", pos)) { pos += 4; return { kind: "bool", b: true }; }
  if (src.startsWith("false", pos)) { pos += 5; return { kind: "bool", b: false }; }
  if (src.startsWith("null", pos)) { pos += 4; return { kind: "null" }; }
  const start = pos;
  while (pos < src.length && "-+.eE0123456789".includes(src[pos])) pos++;
  return { kind: "num", n: Number(src.slice(start, pos)) };
}

function parseString(): string {
  pos++; // opening quote
  let out = "";
  while (src[pos] !== '"') {
    if (src[pos] === "\\") {
      pos++;
      const e = src[pos];
      out += e === "n" ? "\n" : e === "t" ? "\t" : e;
    } else out += src[pos];
    pos++;
  }
  pos++;
  return out;
}

function show(v: Value, indent: string): string {
  switch (v.kind) {
    case "num": return String(v.n);
    case "str": return JSON.stringify(v.s);
    case "bool": return v.b ? "true" : "false";
    case "null": return "null";
    case "arr":
      return "[" + v.items.map((x) => show(x, indent)).join(", ") + "]";
    case "obj": {
      const inner = indent + "  ";
      const parts = v.keys.map((k, i) => `${inner}${k} = ${show(v.vals[i], inner)}`);
      return "{\n" + parts.join("\n") + "\n" + indent + "}";
    }
  }
}

function count(v: Value): number {
  if (v.kind === "arr") return 1 + v.items.reduce((a, x) => a + count(x), 0);
  if (v.kind === "obj") return 1 + v.vals.reduce((a, x) => a + count(x), 0);
  return 1;
}

src = '{"name": "widget", "tags": ["a", "b\\"q"], "size": {"w": 2.5, "h": -1e3}, "ok": true, "none": null, "empty": []}';
pos = 0;
const tree = parseValue();
console.log(show(tree, ""));
console.log("nodes:", count(tree));
if (tree.kind === "obj") {
  console.log("keys:", tree.keys);
  console.log(tree.vals[1]);
}
