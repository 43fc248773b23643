// string[] at scale: 200k pseudo-random words built, joined, split, sorted
// (default order and with a comparator), filtered, searched and mapped. The
// generator is an LCG in 32-bit arithmetic, so node and native see the same
// words. The arrays hold only strings (an unboxed block of string pointers).

let state = 12345;
function nextRandom(): number {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state;
}

const N = 200000;
const letters = "abcdefghijklmnopqrstuvwxyz";

function makeWords(): string[] {
  const words: string[] = [];
  for (let i = 0; i < N; i++) {
    let w = "";
    const len = 3 + (nextRandom() % 6);
    for (let k = 0; k < len; k++) w += letters[nextRandom() % 26];
    words.push(w);
  }
  return words;
}

let checksum = 0;
for (let round = 0; round < 3; round++) {
  const words = makeWords();
  const text = words.join(" ");
  const back = text.split(" ");
  if (back.length !== N) throw new Error("split lost words");
  back.sort();
  for (let i = 1; i < back.length; i++) {
    if (back[i - 1] > back[i]) throw new Error("not sorted at " + i);
  }
  const long = words.filter((w) => w.length > 6);
  long.sort((a, b) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0));
  const upper = long.slice(0, 1000).map((w) => w.toUpperCase());
  let found = 0;
  for (let i = 0; i < 200; i++) if (words.includes(back[i * 997])) found++;
  const swapped: string[] = [];
  for (let i = 0; i < words.length; i++) swapped[i] = words[words.length - 1 - i];
  checksum = (checksum + back[0].length + back[N - 1].charCodeAt(0) + long.length + found) % 1000000007;
  checksum = (checksum + upper[upper.length - 1].charCodeAt(1) + swapped[7].length) % 1000000007;
}
console.log("words", N, "checksum", checksum);
