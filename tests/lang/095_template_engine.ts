// A tiny template engine: {{var}}, {{obj.path}}, default values and {{#each list}} blocks.
type Ctx = { [k: string]: string | number | boolean | Ctx | Ctx[] | string[] | undefined };

function lookup(ctx: Ctx, path: string): string {
  let cur: Ctx[string] = ctx;
  for (const part of path.split(".")) {
    if (cur === undefined || typeof cur !== "object" || Array.isArray(cur)) return "";
    cur = cur[part];
  }
  if (cur === undefined) return "";
  if (Array.isArray(cur)) return String(cur.length);
  return typeof cur === "object" ? "[obj]" : String(cur);
}

function render(tpl: string, ctx: Ctx): string {
  let out = "";
  let i = 0;
  while (i < tpl.length) {
    const open = tpl.indexOf("{{", i);
    if (open < 0) { out += tpl.slice(i); break; }
    out += tpl.slice(i, open);
    const close = tpl.indexOf("}}", open);
    const tag = tpl.slice(open + 2, close).trim();
    i = close + 2;
    if (tag.startsWith("#each ")) {
      const name = tag.slice(6).trim();
      const endTag = "{{/each}}";
      const end = tpl.indexOf(endTag, i);
      const inner = tpl.slice(i, end);
      const list = ctx[name];
      if (Array.isArray(list)) {
        list.forEach((item, idx) => {
          const sub: Ctx = typeof item === "object" ? { ...ctx, ...item, index: idx + 1 } : { ...ctx, it: item, index: idx + 1 };
          out += render(inner, sub);
        });
      }
      i = end + endTag.length;
    } else {
      const [path, fallback] = tag.split("|").map((s) => s.trim());
      const v = lookup(ctx, path);
      out += v === "" && fallback !== undefined ? fallback : v;
    }
  }
  return out;
}

const ctx: Ctx = {
  user: { name: "Ada", address: { city: "London" } },
  count: 3,
  items: [{ title: "Engine", price: 12.5 }, { title: "Notes", price: 0 }, { title: "Loom" }],
  tags: ["math", "code"],
};
console.log(render("Hello {{ user.name }} from {{user.address.city}}!", ctx));
console.log(render("Missing: [{{user.email | n/a}}] [{{nothing}}] [{{user}}] tags={{tags}}", ctx));
console.log(render("You have {{count}} items:\n{{#each items}}  {{index}}. {{title}} - {{price | free}}\n{{/each}}Done.", ctx));
console.log(render("{{#each tags}}<{{it}}:{{index}}>{{/each}}", ctx));
console.log(render("no tags here", ctx), "|", render("", ctx), "|", render("{{#each missing}}x{{/each}}end", ctx));
