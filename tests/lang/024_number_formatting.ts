// Formatting numbers by hand: thousands separators, fixed decimals, human-readable sizes, roman numerals.
function withCommas(n: number): string {
  const neg = n < 0;
  const [intPart, frac] = Math.abs(n).toFixed(2).split(".");
  let out = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ",";
    out += intPart[i];
  }
  return (neg ? "-" : "") + out + "." + frac;
}

function humanBytes(b: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let u = 0;
  let v = b;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return (u === 0 ? String(v) : v.toFixed(1)) + " " + units[u];
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function fromRoman(s: string): number {
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = val[s[i]];
    const next = i + 1 < s.length ? val[s[i + 1]] : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

for (const n of [0, 7, 999.999, 1234.5, -1234567.891, 1e9, 0.005, 123456789012]) console.log(String(n).padStart(14), withCommas(n));
for (const b of [0, 512, 1024, 1536, 1048576, 5e9, 1.5e13]) console.log(b, "=", humanBytes(b));
for (const n of [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]) {
  const r = roman(n);
  console.log(n, r, fromRoman(r) === n);
}
console.log((1.005).toFixed(2), (2.5).toFixed(0), (1e-7).toFixed(10), (123.456).toFixed(1), (-0.5).toFixed(0));
console.log((1234.5678).toPrecision(6), (0.000123).toPrecision(2), (1e21).toPrecision(3), (99.99).toPrecision(3));
