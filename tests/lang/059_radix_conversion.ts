// toString with radix 2/8/16/36 and parseInt back, plus a hand-written base converter.
const nums = [0, 1, 7, 8, 255, 256, 1000, 65535, 123456789, -42, 2 ** 40, 0.5, 0.1, -255.75, 3.14159];
for (const n of nums) {
  console.log(String(n).padStart(16), n.toString(2).padStart(20), n.toString(8).padStart(14), n.toString(16).padStart(12), n.toString(36).padStart(10));
}

function toBase(n: number, base: number): string {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (n === 0) return "0";
  const neg = n < 0;
  n = Math.abs(n);
  let out = "";
  while (n > 0) {
    out = digits[n % base] + out;
    n = Math.floor(n / base);
  }
  return (neg ? "-" : "") + out;
}

let mismatches = 0;
for (let i = -50; i < 5000; i += 7) {
  for (const b of [2, 3, 7, 16, 36]) if (toBase(i, b) !== i.toString(b)) mismatches++;
}
console.log("mismatches:", mismatches);

for (const [s, b] of [["ff", 16], ["FF", 16], ["777", 8], ["101010", 2], ["zz", 36], ["12", 3], ["9", 8], ["-1a", 16]] as [string, number][]) {
  console.log(`parseInt("${s}", ${b}) =`, parseInt(s, b));
}
const hexColors = ["#1e90ff", "#ff6347", "#000000"];
for (const c of hexColors) {
  const v = parseInt(c.slice(1), 16);
  console.log(c, v, [(v >> 16) & 255, (v >> 8) & 255, v & 255], "0x" + v.toString(16).toUpperCase());
}
console.log((255).toString(16).padStart(4, "0"), (-1 >>> 0).toString(16), (2 ** 53).toString(36), (1e21).toString(36));
console.log((0.1).toString(3), (1 / 3).toString(2).length, Number.MAX_SAFE_INTEGER.toString(2).length);
