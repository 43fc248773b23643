// Text statistics: sentences, syllable estimates, readability score and longest words.
const text = "Compilers are fascinating programs. They read source code, check it carefully, and translate it. " +
  "A good compiler explains its errors! Does yours? Optimization passes make the generated code faster.";
const sentences = text.split(". ").join(".|").split("! ").join("!|").split("? ").join("?|").split("|").map((s) => s.trim()).filter((s) => s);
console.log(sentences.length, "sentences");
sentences.forEach((s, i) => console.log(`  ${i + 1}. (${s.split(" ").length} words) ${s}`));
function cleanWord(w: string): string {
  let out = "";
  for (const c of w.toLowerCase()) if (c >= "a" && c <= "z") out += c;
  return out;
}
function syllables(w: string): number {
  const vowels = "aeiouy";
  let count = 0;
  let prevVowel = false;
  for (const c of w) {
    const v = vowels.includes(c);
    if (v && !prevVowel) count++;
    prevVowel = v;
  }
  if (w.endsWith("e") && count > 1) count--;
  return Math.max(1, count);
}
const words = text.split(" ").map(cleanWord).filter((w) => w);
const syl = words.map(syllables);
const totalSyl = syl.reduce((a, b) => a + b, 0);
const flesch = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (totalSyl / words.length);
console.log({ words: words.length, syllables: totalSyl, flesch: Number(flesch.toFixed(2)) });
const longest = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 5);
console.log("longest:", longest.map((w) => `${w}(${syllables(w)})`).join(", "));
const avgLen = words.reduce((a, w) => a + w.length, 0) / words.length;
console.log("average word length:", avgLen.toFixed(3));
const firstLetters: Record<string, number> = {};
for (const w of words) firstLetters[w[0]] = (firstLetters[w[0]] ?? 0) + 1;
console.log(Object.entries(firstLetters).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6));
