// Word and character statistics with match and a Map.
const text = `It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It's 2024 and e-mail isn't dead!`;
const words = text.toLowerCase().match(/\b[a-z]+(?:['-][a-z]+)*\b/g) ?? [];
const freq = new Map<string, number>();
for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
const top = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6);
print(words.length, freq.size, top);
print("numbers", text.match(/\d+/g), "sentences", text.split(/[.!?;]+\s*/).filter((s) => s.trim()).length);
print("vowels", (text.match(/[aeiou]/gi) ?? []).length, "capitalised", text.match(/\b[A-Z]\w*/g));
print("punctuation", text.replace(/[\w\s]/g, ""));
print("longest", words.reduce((a, b) => (b.length > a.length ? b : a), ""));
