// RegExps built at run time from user text: escaped for a literal search, or used as a pattern.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function countOf(hay: string, needle: string, flags: string): number {
  return (hay.match(new RegExp(escapeRegExp(needle), flags + "g")) ?? []).length;
}
const hay = "a.b.c (1+1) [x] a.b A.B $5 $5";
for (const n of ["a.b", "(1+1)", "[x]", "$5", ".", "nothing"]) print(JSON.stringify(n), countOf(hay, n, ""), countOf(hay, n, "i"));
const highlight = (text: string, terms: string[]) => text.replace(new RegExp(`\\b(${terms.map(escapeRegExp).join("|")})\\b`, "gi"), "*$1*");
print(highlight("The led and LED strip; ledger stays", ["led", "strip"]));
const userPatterns = ["^\\d+$", "[a-f]{2,}", "(?<w>\\w)\\k<w>"];
for (const p of userPatterns) {
  const re = new RegExp(p, "g");
  print(re, "abc 123 ff eee 4 aabb".match(re));
}
const wildcard = (glob: string) => new RegExp("^" + glob.split("*").map(escapeRegExp).join(".*").replace(/\\\?/g, ".") + "$");
print(["config.json", "config.bak.json", "data.csv", "cfg.json"].filter((f) => wildcard("c*.json").test(f)), wildcard("file?.txt").test("file1.txt"));
