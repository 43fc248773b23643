// Palindrome detection, longest palindromic substring, and anagram grouping.
function clean(s: string): string {
  let out = "";
  for (const c of s.toLowerCase()) if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) out += c;
  return out;
}

function isPalindrome(s: string): boolean {
  const c = clean(s);
  for (let i = 0, j = c.length - 1; i < j; i++, j--) if (c[i] !== c[j]) return false;
  return true;
}

function longestPalindrome(s: string): string {
  let best = "";
  for (let center = 0; center < s.length; center++) {
    for (const odd of [true, false]) {
      let lo = center;
      let hi = odd ? center : center + 1;
      while (lo >= 0 && hi < s.length && s[lo] === s[hi]) {
        lo--;
        hi++;
      }
      const cand = s.slice(lo + 1, hi);
      if (cand.length > best.length) best = cand;
    }
  }
  return best;
}

const phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "No 'x' in Nixon", "12321", "123"];
for (const p of phrases) console.log(isPalindrome(p) ? "yes" : "no ", JSON.stringify(p));
for (const s of ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]) console.log(s, "->", longestPalindrome(s));

const words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"];
const groups = new Map<string, string[]>();
for (const w of words) {
  const key = w.split("").sort().join("");
  const g = groups.get(key);
  if (g) g.push(w);
  else groups.set(key, [w]);
}
console.log(groups);
const multi = [...groups.values()].filter((g) => g.length > 1);
console.log(multi.length, "anagram groups with more than one word");
console.log(words.map((w) => w.split("").reverse().join("")).join(" "));
