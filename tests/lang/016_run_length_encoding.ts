// Run-length encoding and decoding, with round-trip checks and compression ratios.
function rleEncode(s: string): string {
  if (s.length === 0) return "";
  let out = "";
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s[i] === s[i - 1]) {
      run++;
    } else {
      out += (run > 1 ? String(run) : "") + s[i - 1];
      run = 1;
    }
  }
  return out;
}

function rleDecode(s: string): string {
  let out = "";
  let num = "";
  for (const c of s) {
    if (c >= "0" && c <= "9") num += c;
    else {
      out += c.repeat(num === "" ? 1 : parseInt(num, 10));
      num = "";
    }
  }
  return out;
}

function rlePairs(a: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const v of a) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === v) last[1]++;
    else out.push([v, 1]);
  }
  return out;
}

const samples = [
  "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
  "abc",
  "aabcccccaaa",
  "",
  "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
  "  xx  ",
];
for (const s of samples) {
  const e = rleEncode(s);
  const d = rleDecode(e);
  const ratio = s.length === 0 ? 1 : e.length / s.length;
  console.log(JSON.stringify(e), "len", s.length, "->", e.length, "ratio", ratio.toFixed(3), d === s ? "OK" : "MISMATCH");
}

const pixels = [0, 0, 0, 1, 1, 0, 0, 0, 0, 2, 2, 2, 2, 2, 1];
const pairs = rlePairs(pixels);
console.log(pairs);
const expanded = pairs.flatMap(([v, n]) => Array.from({ length: n }, () => v));
console.log(expanded.join("") === pixels.join(""), expanded.length);
console.log(rleDecode("3a2b10c1d"), rleDecode("12x").length);
