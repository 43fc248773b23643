// Caesar and Vigenere ciphers using char codes, with brute-force decryption by letter frequency.
function shiftChar(c: string, k: number): string {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(((code - 65 + k) % 26 + 26) % 26 + 65);
  if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + k) % 26 + 26) % 26 + 97);
  return c;
}

function caesar(s: string, k: number): string {
  let out = "";
  for (const c of s) out += shiftChar(c, k);
  return out;
}

function vigenere(s: string, key: string, dir: number): string {
  let out = "";
  let j = 0;
  for (const c of s) {
    if (/* letter? */ c.toLowerCase() !== c.toUpperCase()) {
      const k = key.charCodeAt(j % key.length) - 97;
      out += shiftChar(c, dir * k);
      j++;
    } else out += c;
  }
  return out;
}

function englishScore(s: string): number {
  const common = "etaoinshrdlu";
  let score = 0;
  for (const c of s.toLowerCase()) {
    const i = common.indexOf(c);
    if (i >= 0) score += common.length - i;
  }
  return score;
}

const plain = "The Quick Brown Fox Jumps Over The Lazy Dog, said Zed at 10:45!";
for (const k of [1, 3, 13, 25, -1, 52]) {
  console.log(String(k).padStart(3), caesar(plain, k));
}
console.log("rot13 twice:", caesar(caesar(plain, 13), 13) === plain);

const secret = caesar("meet me near the eastern tower at seven", 11);
console.log("secret:", secret);
let best = 0;
let bestScore = -1;
for (let k = 0; k < 26; k++) {
  const sc = englishScore(caesar(secret, -k));
  if (sc > bestScore) {
    bestScore = sc;
    best = k;
  }
}
console.log("cracked key:", best, "->", caesar(secret, -best));

const v = vigenere("Attack at dawn, hold the line!", "lemon", 1);
console.log("vigenere:", v);
console.log("decoded:", vigenere(v, "lemon", -1));
console.log([..."AZaz"].map((c) => c.charCodeAt(0)), String.fromCharCode(72, 105, 33));
