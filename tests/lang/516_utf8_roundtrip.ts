// Round trips of strings through UTF-8, byte lengths, and decoding of chunks split inside characters.
const enc = new TextEncoder();
const dec = new TextDecoder();
const samples = ["plain", "ça va", "Ελληνικά", "中文字符", "emoji 🎉🎈", "mixed ✓ ok 😀 end", "\t\n\r"];
for (const s of samples) {
  const b = enc.encode(s);
  console.log(s.length, b.length, dec.decode(b) === s);
}
const text = samples.join("|");
const bytes = enc.encode(text);
// split inside a multi-byte character: each half decodes with replacement characters
for (const cut of [7, 20, 31]) {
  const a = dec.decode(bytes.subarray(0, cut));
  const b = dec.decode(bytes.subarray(cut));
  console.log(cut, JSON.stringify(a.slice(-3)), JSON.stringify(b.slice(0, 3)), a.length + b.length);
}
let count = 0;
for (const byte of bytes) if ((byte & 0xc0) !== 0x80) count++;
console.log(count, [...text].length);
