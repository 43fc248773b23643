// TextEncoder: UTF-8 bytes of ASCII, Latin, CJK, emoji and lone surrogates.
const enc = new TextEncoder();
console.log(enc.encoding, enc);
for (const s of ["", "hi", "héllo", "€", "日本語", "😀!", "a\ud800b", "\udc00", "\u0000\u007f\u0080\u07ff\u0800\uffff"]) {
  const bytes = enc.encode(s);
  console.log(JSON.stringify(s), s.length, bytes.length, bytes);
}
console.log(enc.encode());
const b = enc.encode("abc");
b[0] = 65;
console.log(b, b.buffer.byteLength);
let total = 0;
for (const word of ["sensor", "température", "温度"]) total += enc.encode(word).byteLength;
console.log(total);
