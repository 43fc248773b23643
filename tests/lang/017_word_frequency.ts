// Word frequency count over a paragraph with normalization, then top-N ranking.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.`;

function normalize(w: string): string {
  let out = "";
  for (const c of w.toLowerCase()) {
    if ((c >= "a" && c <= "z") || c === "'") out += c;
  }
  return out;
}

const words = text
  .replaceAll("\n", " ")
  .split(" ")
  .map(normalize)
  .filter((w) => w.length > 0);
console.log("total words:", words.length);

const freq: { [word: string]: number } = {};
for (const w of words) freq[w] = (freq[w] || 0) + 1;
console.log("distinct:", Object.keys(freq).length);

const ranked = Object.entries(freq).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log("top 8:");
for (const [w, n] of ranked.slice(0, 8)) {
  console.log(`  ${w.padEnd(12)} ${String(n).padStart(3)} ${"*".repeat(n)}`);
}
console.log("singletons:", ranked.filter(([, n]) => n === 1).map(([w]) => w).join(", "));

const byLength = new Map<number, string[]>();
for (const w of Object.keys(freq)) {
  const list = byLength.get(w.length) ?? [];
  list.push(w);
  byLength.set(w.length, list);
}
const lengths = [...byLength.keys()].sort((a, b) => a - b);
for (const len of lengths) console.log(len, byLength.get(len)!.sort());

const letters: Record<string, number> = {};
for (const c of text.toLowerCase()) if (c >= "a" && c <= "z") letters[c] = (letters[c] ?? 0) + 1;
const top = Object.entries(letters).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
console.log(top);
console.log(freq);
