// Converting identifiers between camelCase, snake_case, kebab-case, PascalCase and Title Case.
function splitWords(id: string): string[] {
  const words: string[] = [];
  let cur = "";
  for (let i = 0; i < id.length; i++) {
    const c = id[i];
    if (c === "_" || c === "-" || c === " ") {
      if (cur) words.push(cur);
      cur = "";
      continue;
    }
    const isUpper = c >= "A" && c <= "Z";
    const prevLower = i > 0 && id[i - 1] >= "a" && id[i - 1] <= "z";
    const nextLower = i + 1 < id.length && id[i + 1] >= "a" && id[i + 1] <= "z";
    const prevUpper = i > 0 && id[i - 1] >= "A" && id[i - 1] <= "Z";
    if (isUpper && cur && (prevLower || (prevUpper && nextLower))) {
      words.push(cur);
      cur = "";
    }
    cur += c;
  }
  if (cur) words.push(cur);
  return words.map((w) => w.toLowerCase());
}

const cap = (w: string): string => (w.length ? w[0].toUpperCase() + w.slice(1) : w);
const toCamel = (ws: string[]): string => ws.map((w, i) => (i === 0 ? w : cap(w))).join("");
const toPascal = (ws: string[]): string => ws.map(cap).join("");
const toSnake = (ws: string[]): string => ws.join("_");
const toKebab = (ws: string[]): string => ws.join("-");
const toConst = (ws: string[]): string => ws.join("_").toUpperCase();
const toTitle = (ws: string[]): string => ws.map(cap).join(" ");

const ids = ["parseHTTPResponse", "user_id", "XMLHttpRequest", "already-kebab-case", "Title Case Words", "x", "getV2Data", "__private__name"];
const converters: [string, (ws: string[]) => string][] = [
  ["camel", toCamel],
  ["pascal", toPascal],
  ["snake", toSnake],
  ["kebab", toKebab],
  ["const", toConst],
  ["title", toTitle],
];
for (const id of ids) {
  const ws = splitWords(id);
  console.log(`${id} -> [${ws.join(", ")}]`);
  for (const [name, f] of converters) console.log(`    ${name.padEnd(7)}${f(ws)}`);
}
const swapCase = (s: string): string =>
  [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");
console.log(swapCase("Hello, World! 123 aBc"));
console.log("MiXeD".toLowerCase(), "MiXeD".toUpperCase(), "ÀéÎ".toUpperCase(), "ÀÉÎ".toLowerCase());
