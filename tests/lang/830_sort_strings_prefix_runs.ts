// The default sort compares strings by their first bytes when both are ASCII there, and copies runs
// that are already in order: every case where that shortcut could go wrong, against node.

// Strings equal in their first 7 bytes and different after; a prefix of another; a NUL inside.
const close = ["abcdefgh", "abcdefg", "abcdefgZ", "abcdefg\u0000", "abcdefgha", "abc", "abcdefgh\u0000", "ab"];
console.log(JSON.stringify([...close].sort()));

// Non-ASCII strings (UTF-16 order, not byte order: U+FF21 sorts before a surrogate pair's U+1F600)
const mixed = ["\u{1F600}x", "\uFF21", "z", "é", "e", "\u00e9a", "Z", "\uFF21\uFF21", "\u{1F600}", "a\u{1F600}", "a\uFF21"];
console.log(JSON.stringify([...mixed].sort()));

// undefined goes last; numbers sort as their text
const loose: (string | number | undefined)[] = ["b", undefined, 10, 9, "a", 100, undefined, "10"];
console.log(JSON.stringify(loose.sort()));

// Already sorted, reversed, and sorted runs of every length, with and without a comparator
for (const n of [1, 2, 3, 7, 8, 9, 31, 64, 100]) {
  const up: number[] = [];
  for (let i = 0; i < n; i++) up.push(i);
  const down = [...up].reverse();
  const saw = up.map((i) => (i * 7) % 5);
  const runs = up.map((i) => i % 4);
  const ok =
    JSON.stringify([...down].sort((a, b) => a - b)) === JSON.stringify(up) &&
    JSON.stringify([...up].sort((a, b) => b - a)) === JSON.stringify(down);
  console.log(n, ok, [...saw].sort().join(""), [...runs].sort((a, b) => a - b).join(""));
}

// Stability: equal keys keep their order, also across runs that are already in order
const people = [
  { name: "ann", age: 30 },
  { name: "bob", age: 25 },
  { name: "cid", age: 30 },
  { name: "dan", age: 25 },
  { name: "eve", age: 30 },
  { name: "fay", age: 20 },
];
console.log(people.sort((a, b) => a.age - b.age).map((p) => p.name).join(","));

// Many words: the result is sorted and nothing is lost
let seed = 7;
const words: string[] = [];
for (let i = 0; i < 5000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  let w = "";
  for (let k = 0; k < 3 + (seed % 9); k++) w += "abcxyzABC\u00e9"[(seed >> (k + 3)) % 10];
  words.push(w);
}
const sorted = [...words].sort();
let inOrder = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) inOrder = false;
console.log(sorted.length, inOrder, sorted[0], sorted[sorted.length - 1], sorted[2500]);

// includes and indexOf on an array of strings, with holes, undefined and a start index
const names: string[] = ["ann", "bob", "", "bob", "é", "\u{1F600}"];
names[8] = "zed";
console.log(names.includes("bob"), names.includes(""), names.includes("bo"), names.includes("zed"), names.includes("x"));
console.log(names.indexOf("bob"), names.indexOf("bob", 2), names.indexOf("bob", -3), names.indexOf("é"), names.indexOf("\u{1F600}"));
console.log(names.indexOf("zed", 100), names.indexOf("ann", -100), names.lastIndexOf("bob"), names.includes(String(undefined)));
