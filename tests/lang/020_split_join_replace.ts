// String split, join, replace and replaceAll with string patterns, plus substring searching.
const path = "/usr/local/lib/node_modules/typescript/lib/tsc.js";
const parts = path.split("/");
console.log(parts, parts.length);
console.log(parts.filter((p) => p !== "").join(" > "));
console.log("basename:", parts[parts.length - 1], "ext:", path.slice(path.lastIndexOf(".") + 1));
console.log("dirname:", path.slice(0, path.lastIndexOf("/")));

console.log("a,b,,c,".split(","));
console.log("abc".split(""));
console.log("".split(","), "".split(""));
console.log("one  two   three".split(" "));
console.log("a--b--c".split("--"), "no-sep".split("|"));

const s = "the cat sat on the mat with the hat";
console.log(s.replace("the", "THE"));
console.log(s.replaceAll("the", "a"));
console.log(s.replaceAll("at", "@"));
console.log(s.replace("zzz", "never"));
console.log("aaaa".replaceAll("aa", "b"), "xyz".replaceAll("", "-"));
console.log("$100".replace("$", "USD "), "price".replace("price", "$$"));

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  let i = hay.indexOf(needle);
  while (i !== -1) {
    n++;
    i = hay.indexOf(needle, i + 1);
  }
  return n;
}
console.log("count 'the':", countOccurrences(s, "the"), "count 'a':", countOccurrences(s, "a"));
console.log(s.indexOf("at"), s.indexOf("at", 6), s.lastIndexOf("at"), s.lastIndexOf("at", 20), s.indexOf("dog"));
console.log(s.includes("sat on"), s.startsWith("the"), s.endsWith("hat"), s.startsWith("cat", 4));

const kv = "name=Ann;age=31;city=Oslo;;note=a=b";
const obj: Record<string, string> = {};
for (const pair of kv.split(";")) {
  if (!pair) continue;
  const i = pair.indexOf("=");
  obj[pair.slice(0, i)] = pair.slice(i + 1);
}
console.log(obj);
console.log(Object.entries(obj).map(([k, v]) => `${k}:${v}`).join(" | "));
console.log("  padded\t".trim() + "|", "  left".trimStart() + "|", "right  ".trimEnd() + "|");
console.log("abcdef".substring(4, 1), "abcdef".slice(-3), "abcdef".slice(2, -2), "abcdef".at(-1), "abc".concat("def", "!"));
