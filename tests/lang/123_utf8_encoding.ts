// Encoding strings to UTF-8 bytes and back by hand using codePointAt and bit operations.
function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}
function utf8Decode(bytes: number[]): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) { cp = b; n = 1; }
    else if (b >> 5 === 6) { cp = b & 31; n = 2; }
    else if (b >> 4 === 14) { cp = b & 15; n = 3; }
    else { cp = b & 7; n = 4; }
    for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 63);
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += String.fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else out += String.fromCharCode(cp);
    i += n;
  }
  return out;
}
const samples = ["hello", "café", "naïve résumé", "€100", "日本語", "𝄞 music", "mixed: aé€𝄞"];
for (const s of samples) {
  const bytes = utf8Encode(s);
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
  console.log(JSON.stringify(s), "chars", s.length, "bytes", bytes.length, hex, utf8Decode(bytes) === s ? "ok" : "BAD");
}
const cps: number[] = [];
for (const ch of "a€𝄞") cps.push(ch.codePointAt(0)!);
console.log(cps, cps.map((c) => "U+" + c.toString(16).toUpperCase().padStart(4, "0")));
console.log("𝄞".length, [..."𝄞"].length, "𝄞".charCodeAt(0).toString(16), "𝄞".charCodeAt(1).toString(16));
console.log(utf8Decode([0x48, 0x69, 0x20, 0xe2, 0x9c, 0x93]));
