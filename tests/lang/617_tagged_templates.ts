// Tagged templates: the tag gets the site's strings (cooked, with .raw as written) and the values;
// the same strings array on every call of a site; String.raw as a tag and as a function; a method
// of an object as the tag (its `this` is the object).
function show(strings: TemplateStringsArray, ...values: unknown[]): string {
  return JSON.stringify({ strings, raw: strings.raw, values, n: strings.length });
}
const x = 3;
const name = "ada";
console.log(show`a${x}b${name}c`);
console.log(show`no values`);
console.log(show`${x}${x}`);
console.log(show`tab\there\n${"v"}\u0041`);
console.log(String.raw`C:\new\table${x}\x`);
console.log(String.raw`${1}+${2}=${1 + 2}`);
console.log(String.raw({ raw: ["<", "|", ">"] }, "a", "b", "c"));
console.log(String.raw({ raw: ["only"] }, "ignored"));

// an html-escaping tag
function html(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;") + strings[i + 1];
  });
  return out;
}
const user = "<b>Tom & Jerry</b>";
console.log(html`<p>${user} has ${42} points</p>`);

// a generic tag over the values
function pairs<T>(strings: TemplateStringsArray, ...values: T[]): [string, T][] {
  return values.map((v, i) => [strings[i].trim(), v]);
}
console.log(pairs`temp ${21.5} hum ${40}`);

// the same strings array each time the site runs; different sites differ
const seen: TemplateStringsArray[] = [];
function keep(strings: TemplateStringsArray, ...values: number[]): number {
  seen.push(strings);
  if (values.length !== 1) return -1;
  return seen.length;
}
for (let i = 0; i < 3; i++) keep`site ${i}`;
keep`site ${0}`;
console.log(seen[0] === seen[1], seen[1] === seen[2], seen[2] === seen[3]);

// a method as the tag, and a tag that returns a function
const logger = {
  prefix: "[dev]",
  lines: [] as string[],
  log(strings: TemplateStringsArray, ...values: unknown[]): number {
    this.lines.push(this.prefix + " " + String.raw(strings, ...values));
    return this.lines.length;
  },
};
logger.log`boot ${1}`;
logger.log`heap ${"ok"}`;
console.log(logger.lines);
const units = (strings: TemplateStringsArray) => (n: number) => `${n}${strings[0]}`;
console.log(units`ms`(250));

// a tag that throws
function strict(strings: TemplateStringsArray, ...values: number[]): string {
  values.forEach((v) => {
    if (!Number.isFinite(v)) throw new RangeError(`not finite in '${strings.join("?")}'`);
  });
  return strings.join("#");
}
try {
  console.log(strict`a${1}b${2}c`);
  console.log(strict`a${1 / 0}b`);
} catch (e) {
  console.log(String(e));
}
const id = (s: TemplateStringsArray, ...v: number[]) => (v.length ? s : s);
console.log(id`x${1}y`, id`x${1}y`.raw, id`\n`.length);
