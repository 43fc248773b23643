// A hand-written JSON serializer with indentation, compared against JSON.stringify output.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
function quote(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += c;
  }
  return out + '"';
}
function ser(v: Json, indent: string, cur: string): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "string") return quote(v);
  const inner = cur + indent;
  const nl = indent ? "\n" : "";
  const sep = indent ? ": " : ":";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return "[" + nl + v.map((x) => inner + ser(x, indent, inner)).join("," + nl) + nl + cur + "]";
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return "{}";
  return "{" + nl + keys.map((k) => inner + quote(k) + sep + ser(v[k], indent, inner)).join("," + nl) + nl + cur + "}";
}
const doc: Json = {
  name: "tsfw",
  version: 1.5,
  tags: ["compiler", "c", "typescript"],
  deps: {},
  matrix: [[1, 2], [], [3]],
  text: 'tab\there "quoted" \\ back\u0001',
  flags: { strict: true, debug: false, level: null },
  nums: [0, -0, 1e21, 1e-7, NaN, Infinity],
};
for (const indent of ["", "  ", "\t"]) {
  const mine = ser(doc, indent, "");
  const ref = JSON.stringify(doc, null, indent);
  console.log(`indent ${JSON.stringify(indent)}: equal=${mine === ref} length=${mine.length}`);
}
console.log(ser(doc, "  ", ""));
console.log(JSON.stringify(doc, null, 8).split("\n").length, JSON.stringify([[[]]], null, 1));
