// JSON.parse gives unknown: the program narrows it with typeof, Array.isArray, `in` and === null.
function describe(v: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  if (v === null) return `${pad}null`;
  if (typeof v === "number") return `${pad}number ${v}`;
  if (typeof v === "string") return `${pad}string ${JSON.stringify(v)}`;
  if (typeof v === "boolean") return `${pad}boolean ${v}`;
  if (Array.isArray(v)) {
    const parts = [`${pad}array(${v.length})`];
    for (const item of v) parts.push(describe(item, depth + 1));
    return parts.join("\n");
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const parts = [`${pad}object {${Object.keys(o).join(",")}}`];
    for (const k of Object.keys(o)) parts.push(`${pad} ${k}:\n${describe(o[k], depth + 1)}`);
    return parts.join("\n");
  }
  return `${pad}?`;
}

const text = '{"id":7,"name":"probe","tags":["a","b"],"pos":{"x":1.5,"y":-2},"on":true,"gone":null,"nested":[[1],[2,[3]]]}';
const v = JSON.parse(text);
console.log(describe(v, 0));

const msg = JSON.parse('{"kind":"reading","value":21.5}');
if (typeof msg === "object" && msg !== null && "kind" in msg && "value" in msg) {
  console.log("kind" in msg, msg.kind, msg.value);
}
const list = JSON.parse("[3, 1, 2]");
if (Array.isArray(list)) {
  let sum = 0;
  for (const x of list) if (typeof x === "number") sum += x;
  console.log("sum", sum, list.length);
}
for (const t of ["1", '"s"', "true", "null", "[]", "{}", "-0", "1e3", '"\\u00e9\\ud83d\\ude00"']) {
  const p = JSON.parse(t);
  console.log(t, typeof p, p === null, Array.isArray(p), p);
}
console.log(JSON.parse(' \t\n {"a" : [ 1 , 2 ] } '));
