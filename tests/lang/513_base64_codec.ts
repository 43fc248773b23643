// Base64 encode and decode over Uint8Array, checked against round trips.
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const lookup = new Uint8Array(128).fill(255);
for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;

function encode(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? alphabet[n & 63] : "=";
  }
  return out;
}

function decode(text: string): Uint8Array {
  let clean = text;
  while (clean.endsWith("=")) clean = clean.slice(0, -1);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | lookup[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
const enc = new TextEncoder();
const dec = new TextDecoder();
for (const s of ["", "f", "fo", "foo", "foobar", "héllo wörld", "✓ ok"]) {
  const b64 = encode(enc.encode(s));
  console.log(JSON.stringify(s), b64, dec.decode(decode(b64)) === s);
}
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = 255 - i;
const text = encode(all);
console.log(text.length, text.slice(0, 24), decode(text).join(",") === all.join(","));
console.log(decode("AAEC/w=="));
