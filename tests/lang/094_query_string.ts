// Parse and build URL query strings by hand, including percent-decoding and repeated keys.
function hexVal(c: string): number {
  return parseInt(c, 16);
}
function decode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "+") out += " ";
    else if (c === "%" && i + 2 < s.length + 0 && !Number.isNaN(hexVal(s.slice(i + 1, i + 3)))) {
      out += String.fromCharCode(hexVal(s.slice(i + 1, i + 3)));
      i += 2;
    } else out += c;
  }
  return out;
}
function encode(s: string): string {
  const safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
  let out = "";
  for (const c of s) {
    if (safe.includes(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function parseQuery(url: string): Map<string, string[]> {
  const q = url.includes("?") ? url.slice(url.indexOf("?") + 1) : url;
  const hash = q.indexOf("#");
  const body = hash >= 0 ? q.slice(0, hash) : q;
  const m = new Map<string, string[]>();
  for (const part of body.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const k = decode(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? "" : decode(part.slice(eq + 1));
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }
  return m;
}
function build(params: Record<string, string | number | boolean | (string | number)[]>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    const vals = Array.isArray(v) ? v : [v];
    for (const x of vals) parts.push(`${encode(k)}=${encode(String(x))}`);
  }
  return parts.join("&");
}

const urls = [
  "https://example.com/search?q=hello+world&lang=en&tag=a&tag=b&tag=c#top",
  "/path?empty=&flag&x=1%2B1%3D2&name=J%C3%B6rg",
  "?a=%41%42%43&b=100%&c=%zz",
  "no-query-at-all",
];
for (const u of urls) {
  console.log(u);
  console.log("  ", parseQuery(u));
}
const qs = build({ q: "tsfw compiler", page: 2, debug: true, ids: [1, 22, 333], sym: "a&b=c/d?" });
console.log(qs);
console.log(parseQuery(qs));
console.log(decode(encode("round trip: 100% ok!")));
