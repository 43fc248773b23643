// Surrogate pairs: with the u flag a match and lastIndex step over a whole pair; without it, by code unit.
const s = "a😀b😀";
const ru = /😀/gu;
const steps: number[] = [];
while (ru.exec(s)) steps.push(ru.lastIndex);
print(steps, ru.lastIndex);
const r2 = /😀/gu;
print(r2.exec("😀😀")?.index, r2.lastIndex, r2.exec("😀😀")?.index, r2.lastIndex, r2.exec("😀😀"), r2.lastIndex);
print(s.match(/./g)!.length, s.match(/./gu)!.length, s.length);
print("😀".split(/(?:)/u), "😀x".split(/(?:)/u).length, "😀".split("").length);
print("a😀b".replace(/(?:)/gu, "|"), "😀😀".replace(/(?:)/gu, "-").length);
print(/^.$/u.test("😀"), /^.$/.test("😀"), /^..$/.test("😀"));
print(/\u{1F600}/u.test("😀"), /[😀-😂]/u.test("😁"), /\p{Emoji_Presentation}/u.test("x😀"));
const e = /(?:)/gu;
e.lastIndex = 1;
print(e.exec("😀")?.index, e.lastIndex);
print([..."x😀y".matchAll(/(?:)/gu)].map((m) => m.index));
print("héllo wörld".match(/\w+/g), "héllo wörld".match(/[^\s]+/gu));
// lastIndex inside a pair: node steps back to the pair's start, except for a pattern of one astral
// code point without i or y, which it searches as text from lastIndex
const mid: [RegExp, string, number][] = [
  [/😀/gu, "😀😀", 1], [/😀/gu, "x😀", 2], [/😀/gu, "😀😀", 3], [/\u{1F600}/gu, "😀😀", 1], [/\ud83d\ude00/gu, "😀😀", 1],
  [/😀/yu, "😀😀", 1], [/😀/giu, "😀😀", 1], [/😀😀/gu, "😀😀😀", 1], [/(😀)/gu, "😀😀", 1], [/./gu, "😀😀", 1], [/😀/g, "😀😀", 1],
];
for (const [re, str, li] of mid) {
  re.lastIndex = li;
  const m = re.exec(str);
  print(String(re), li, m ? m.index : null, re.lastIndex);
}
