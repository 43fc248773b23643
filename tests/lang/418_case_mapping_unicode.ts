// Case mapping beyond Latin, Greek and Cyrillic: full Unicode tables.
const words = [
  "Ế", "ǅ", "ǈ", "ﬀ", "ﬃ", "ŉ", "ß", "İ", "ΐ", "ᾳ",
  "Ա Բ Գ", "աբգ և", "ᏣᎳᎩ", "ꭰꭱ", "ⴀⴁ", "Ⴀ", "𐐀𐐁", "𐐨", "ǰ", "ẞ",
  "Σ", "ΑΣ", "ΑΣ Β", "tiếng việt", "ĸ", "ǲ", "ꞵ", "ǉ", "ⓐ", "Ⓐ",
];
for (const w of words) console.log(w, w.toUpperCase(), w.toLowerCase(), w.toUpperCase().length, w.toLowerCase().length);
// every code point of these blocks whose case properties are the same in Unicode 15 and 17
let changed = 0;
for (let cp = 0; cp < 0x3000; cp++) {
  if ([0x19b, 0x264, 0x295].includes(cp) || (cp >= 0x1c80 && cp < 0x1c90)) continue;
  const ch = String.fromCodePoint(cp);
  if (ch.toUpperCase() !== ch) changed++;
  if (ch.toLowerCase() !== ch) changed += 1000;
}
console.log(changed);
