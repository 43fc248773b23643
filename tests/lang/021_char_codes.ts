// Working with char codes: hex dump, checksums, base64-style encoding written by hand.
function hexDump(s: string): void {
  for (let off = 0; off < s.length; off += 8) {
    const chunk = s.slice(off, off + 8);
    const hex = [...chunk].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join(" ");
    const printable = [...chunk].map((c) => (c.charCodeAt(0) >= 32 && c.charCodeAt(0) < 127 ? c : ".")).join("");
    console.log(off.toString(16).padStart(4, "0"), hex.padEnd(23), printable);
  }
}

function adler32(s: string): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    a = (a + s.charCodeAt(i)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function djb2(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i += 3) {
    const b0 = s.charCodeAt(i);
    const b1 = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const b2 = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHA[(n >> 18) & 63] + ALPHA[(n >> 12) & 63];
    out += i + 1 < s.length ? ALPHA[(n >> 6) & 63] : "=";
    out += i + 2 < s.length ? ALPHA[n & 63] : "=";
  }
  return out;
}

const msg = "Hello,\tWorld!\nTSFW 2024 ~";
hexDump(msg);
for (const s of ["", "a", "abc", "Wikipedia", msg]) {
  console.log(JSON.stringify(s).padEnd(30), adler32(s).toString(16).padStart(8, "0"), djb2(s), base64(s));
}
console.log("Man", base64("Man"), "Ma", base64("Ma"), "M", base64("M"));
const codes: number[] = [];
for (let c = 33; c < 127; c += 7) codes.push(c);
console.log(codes);
console.log(String.fromCharCode(...codes));
console.log("€".charCodeAt(0), "😀".length, "😀".charCodeAt(0), "😀".codePointAt(0), "A".codePointAt(0));
