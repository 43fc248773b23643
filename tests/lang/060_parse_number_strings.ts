// parseInt, parseFloat and Number() applied to odd strings, and NaN comparisons.
const inputs = ["42", "  42  ", "42px", "px42", "3.14abc", ".5", "5.", "-0", "+7", "1e3", "1e", "0x1F", "0b101", "0o17", "", " ", "\n12\t", "Infinity", "-Infinity", "infinity", "1_000", "12 34", "00012", "-.5e-2", "NaN", "1e400", "0.0000001"];
console.log("input".padEnd(14), "parseInt".padStart(10), "parseFloat".padStart(12), "Number".padStart(10));
for (const s of inputs) {
  console.log(JSON.stringify(s).padEnd(14), String(parseInt(s)).padStart(10), String(parseFloat(s)).padStart(12), String(Number(s)).padStart(10));
}
console.log(parseInt("123", 0), parseInt("11", 2), parseInt("11", 1), parseInt("11", 37), parseInt("0x10", 16), parseInt("0x10", 10));
console.log(Number.parseFloat("2.5e2x"), Number.parseInt("99 bottles"), Number(true), Number(false), Number(null), Number(undefined));
console.log(parseInt("9007199254740993"), parseInt("123456789012345678901234567890"), parseFloat("1.7976931348623159e308"));

const nan = NaN;
console.log(nan === nan, nan !== nan, nan < 1, nan > 1, nan <= nan, nan == nan);
console.log(isNaN(nan), Number.isNaN(nan), isNaN(Number("abc")), Number.isNaN(Number("abc")), [nan].includes(NaN));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [1, NaN, 3].findIndex((v) => Number.isNaN(v)));
console.log(isFinite(Number("1e308")), isFinite(Number("1e309")), Number.isFinite(Infinity), Number.isInteger(5.0), Number.isInteger(5.1), Number.isSafeInteger(2 ** 53));
console.log(Boolean(""), Boolean("0"), Boolean(0), Boolean(NaN), Boolean(" "), Boolean(-0), Boolean(inputs[0]));
console.log(String(123), String(-1.5), String(true), String(null), String(undefined), String(1e-7));

function safeNum(s: string, fallback: number): number {
  const n = Number(s.trim());
  return s.trim() === "" || Number.isNaN(n) ? fallback : n;
}
const cells = ["10", "x", "", "2.5", "-3", "1e2", "abc"];
const parsed = cells.map((c) => safeNum(c, 0));
console.log(parsed, parsed.reduce((a, b) => a + b, 0));
const sortedNaN = [3, NaN, 1, 2].sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
console.log(sortedNaN);

// Parsing a loosely formatted list of measurements
const raw = "12.5kg, 3 kg,  0.75kg,bad, 1e1kg, -2kg, .25 kg";
let totalKg = 0;
const rejected: string[] = [];
for (const part of raw.split(",")) {
  const v = parseFloat(part);
  if (Number.isNaN(v) || v < 0) {
    rejected.push(part.trim());
    continue;
  }
  totalKg += v;
}
console.log("total kg:", totalKg, "rejected:", rejected);
