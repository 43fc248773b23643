// Payload checks before decoding: hex and base64 strings, as a device checks a firmware chunk or a key.
const hexRe = /^(?:[0-9a-fA-F]{2})+$/;
const b64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const b64UrlRe = /^[A-Za-z0-9_-]+$/;

function hexToBytes(hex: string): number[] | null {
  if (!hexRe.test(hex)) return null;
  const pairs = hex.match(/../g) ?? [];
  return pairs.map((p) => parseInt(p, 16));
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function b64Decode(s: string): string | null {
  if (!b64Re.test(s)) return null;
  const clean = s.replace(/=+$/, "");
  let bits = 0;
  let acc = 0;
  let out = "";
  for (const ch of clean) {
    acc = (acc << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

for (const h of ["deadBEEF", "0a0b0c", "abc", "zz11", "", "00ff10"]) print(JSON.stringify(h), hexToBytes(h));
for (const b of ["aGVsbG8=", "aGVsbG8gd29ybGQ=", "YQ==", "YWI=", "abc", "a===", "Zm9v", "Zm9v!"]) print(JSON.stringify(b), b64Decode(b));
for (const t of ["eyJhbGciOi", "abc+def", "a_b-c", ""]) print(JSON.stringify(t), b64UrlRe.test(t));
const mixed = "key=ab12cd34 sig=ZZ not=0x1f ok=beef";
print(mixed.match(/\b[0-9a-f]{4,}\b/g));
print(mixed.replace(/\b([0-9a-f]{2})([0-9a-f]{2})\b/g, "$2$1"));
