// Number formats: grouping, validation of decimals and scientific notation, and unit parsing.
const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
for (const s of ["42", "-3.14", "+.5", "1e10", "2.5E-3", ".", "1.2.3", "1e", "0x1f", " 7"]) print(JSON.stringify(s), decimal.test(s), decimal.test(s) ? Number(s) : NaN);
const group = (n: number) => n.toFixed(2).replace(/\d(?=(\d{3})+\.)/g, "$&,");
print([0, 999.5, 1234.5, 1234567.891, -9876543.21].map(group));
const units = /^(\d+(?:\.\d+)?)\s*(k|M|G)?(B|bit)s?$/;
for (const u of ["512B", "1.5 kB", "100Mbit", "2 GBs", "7 TB", "12 bits"]) {
  const m = units.exec(u);
  if (!m) {
    print(u, "?");
    continue;
  }
  const mult = m[2] === "k" ? 1e3 : m[2] === "M" ? 1e6 : m[2] === "G" ? 1e9 : 1;
  print(u, Number(m[1]) * mult * (m[3] === "bit" ? 1 / 8 : 1), "bytes");
}
print("v=12.50V i=0.250A p=3.125W".replace(/(\d+\.\d*?)0+(?=[A-Z])/g, "$1").replace(/\.(?=[A-Z])/g, ""));
