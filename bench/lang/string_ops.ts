// String operations: build, split, join, search, replace and case-map text as
// request parsing and templating do.

let total = 0;
let out = "";
for (let round = 0; round < 10000; round++) {
  const parts: string[] = [];
  for (let i = 0; i < 50; i++) parts.push("key" + i + "=value" + ((i * round) % 97));
  const query = parts.join("&");
  const fields = query.split("&");
  for (const f of fields) {
    const eq = f.indexOf("=");
    const k = f.slice(0, eq);
    const v = f.slice(eq + 1).toUpperCase();
    if (k.startsWith("key1") && v.endsWith("7")) total += v.length;
  }
  const page = "<p>{{name}} has {{count}} items</p>".split("{{name}}").join("dev" + round);
  out = page.replace("{{count}}", String(round)).trim();
  total += out.length + query.length;
}
console.log(total, out);
