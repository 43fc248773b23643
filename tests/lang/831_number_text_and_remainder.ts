// Numbers as text and the remainder operator, around the integer fast paths: int32, uint32 and
// 2^53 limits, negative zero, fractions and non-finite values, against node.
const values = [
  0, -0, 1, -1, 9, 10, 99, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
  9007199254740991, 9007199254740992, -9007199254740991, 1e21, 1.5, -2.5, 0.1, 123456789.125, NaN,
  Infinity, -Infinity,
];
for (const v of values) console.log(String(v), `${v}`, "" + v, v.toString().length);

const divisors = [1, 2, 7, 26, 1000003, 4294967296, 9007199254740991, 0.5, -7, 0, NaN, Infinity];
for (const a of [0, -0, 5, -5, 4294967295, 3000000000, -3000000000, 9007199254740991, 1e300, 2.5]) {
  const row: string[] = [];
  for (const b of divisors) {
    const r = a % b;
    row.push(Object.is(r, -0) ? "-0" : String(r));
  }
  console.log(a, row.join(" "));
}

// an LCG in uint32 arithmetic, as string_array's generator
let state = 12345;
let letters = "";
for (let i = 0; i < 20; i++) {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  letters += "abcdefghijklmnopqrstuvwxyz"[state % 26];
}
console.log(letters);

// slices and trims of ASCII and of other text keep their lengths
const s = "  key12=value34  ";
const t = "  clé=välue \u{1F600} ";
console.log(s.trim(), s.trim().length, s.slice(2, 7), s.slice(2, 3).length, t.trim(), t.trim().length, t.slice(2, 5));
console.log("a=b=c".split("=").map((p) => p.length), "x".repeat(20).slice(3).length, "é".slice(0, 1).length);
