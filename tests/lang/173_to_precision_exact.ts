// toPrecision digits are exact (the C library printf is not used for them): fixed cases and 300 seeded random values.
const xs = [10.235, 1.005, 123.456, 0.000123456, 1e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e21, 9.999999999999999e20, 123456789012345680000, 0.1, 0.5, 2.5, 1.45, 99.95, 999.9999, 4.35, 0.00001, 1e-100, 3.14159e-200];
const out: string[] = [];
for (const x of xs) for (const p of [1, 2, 3, 5, 10, 17, 21, 40, 100]) out.push(x.toPrecision(p), (-x).toPrecision(p));
let seed = 12345;
function rnd(): number { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
for (let i = 0; i < 300; i++) {
  const x = (rnd() - 0.5) * Number("1e" + (Math.floor(rnd() * 60) - 30));
  out.push(x.toPrecision(1 + Math.floor(rnd() * 30)));
}
for (let i = 0; i < out.length; i += 12) print(out.slice(i, i + 12).join(" "));
