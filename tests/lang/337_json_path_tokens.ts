// Paths such as a.b[0]["c d"].e tokenized with a sticky RegExp and used to read a JSON document.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const token = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
function parsePath(path: string): (string | number)[] | string {
  const out: (string | number)[] = [];
  token.lastIndex = 0;
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const m = token.exec(path);
    if (!m) return `unexpected '${path.slice(at)}' at ${at}`;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[3].replace(/\\(.)/g, "$1"));
  }
  return out;
}
const doc: Json = { a: { b: [{ "c d": { e: 42 } }, 7], x: "y", 'q"uote': true }, list: [1, [2, 3]] };
function get(root: Json, path: (string | number)[]): Json | undefined {
  let cur: Json | undefined = root;
  for (const k of path) {
    if (cur === null || cur === undefined || typeof cur !== "object") return undefined;
    cur = Array.isArray(cur) ? (typeof k === "number" ? cur[k] : undefined) : cur[String(k)];
  }
  return cur;
}
for (const p of ['a.b[0]["c d"].e', "a.b[1]", "list[1][0]", "a.x", 'a["x"]', "a..b", "a[x]", 'a["q\\"uote"]', "missing.deep"]) {
  const path = parsePath(p);
  print(p, "->", typeof path === "string" ? path : JSON.stringify(path), typeof path === "string" ? "" : get(doc, path));
}
