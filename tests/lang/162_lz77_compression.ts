// A toy LZ77 compressor producing (offset, length, next) triples, with round-trip verification.
type Triple = [number, number, string];
function compress(s: string, window = 16): Triple[] {
  const out: Triple[] = [];
  let i = 0;
  while (i < s.length) {
    let bestLen = 0;
    let bestOff = 0;
    for (let j = Math.max(0, i - window); j < i; j++) {
      let len = 0;
      while (i + len < s.length - 1 && s[j + len] === s[i + len]) len++;
      if (len > bestLen) {
        bestLen = len;
        bestOff = i - j;
      }
    }
    out.push([bestOff, bestLen, s[i + bestLen]]);
    i += bestLen + 1;
  }
  return out;
}
function decompress(ts: Triple[]): string {
  let out = "";
  for (const [off, len, next] of ts) {
    const start = out.length - off;
    for (let k = 0; k < len; k++) out += out[start + k];
    out += next;
  }
  return out;
}
const inputs = ["aacaacabcabaaac", "abababababababab", "the rain in spain stays mainly in the plain", "xyz", "aaaaaaaaaaaaaaaaaaaaaaaa"];
for (const s of inputs) {
  const c = compress(s);
  const back = decompress(c);
  console.log(JSON.stringify(s));
  console.log("  triples:", c.length, "ratio:", (c.length * 3 / s.length).toFixed(2), back === s ? "roundtrip ok" : "MISMATCH");
  console.log("  " + c.map(([o, l, n]) => `(${o},${l},${n})`).join(""));
}
console.log(compress("abcabc"));
