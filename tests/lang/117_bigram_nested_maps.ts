// Nested Map<string, Map<string, number>> for bigram counts and deterministic text generation.
const corpus = "the cat sat on the mat . the dog sat on the log . the cat saw the dog . a dog saw a cat on the mat .";
const words = corpus.split(" ");
const bigrams = new Map<string, Map<string, number>>();
for (let i = 0; i + 1 < words.length; i++) {
  const a = words[i];
  const b = words[i + 1];
  let inner = bigrams.get(a);
  if (!inner) {
    inner = new Map();
    bigrams.set(a, inner);
  }
  inner.set(b, (inner.get(b) ?? 0) + 1);
}
console.log(bigrams.get("the"));
console.log(bigrams.size, [...bigrams.keys()].join(" "));
for (const [w, next] of bigrams) {
  const total = [...next.values()].reduce((a, b) => a + b, 0);
  const parts = [...next].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([n, c]) => `${n}:${(c / total).toFixed(2)}`);
  console.log(w.padEnd(4), total, parts.join(" "));
}
function mostLikely(w: string): string {
  const next = bigrams.get(w);
  if (!next) return ".";
  let best = "";
  let bestC = -1;
  for (const [n, c] of next) if (c > bestC || (c === bestC && n < best)) { best = n; bestC = c; }
  return best;
}
let w = "a";
const sentence = [w];
for (let i = 0; i < 8 && w !== "."; i++) {
  w = mostLikely(w);
  sentence.push(w);
}
console.log(sentence.join(" "));
const asObject = Object.fromEntries([...bigrams].map(([k, v]) => [k, Object.fromEntries(v)]));
console.log(asObject);
console.log(JSON.stringify(asObject.sat));
