// A number-literal scanner accepting ints, decimals, exponents, hex and binary, reporting malformed input.
type Result = { ok: true; value: number; kind: string } | { ok: false; error: string };
function scanNumber(s: string): Result {
  let i = 0;
  let sign = 1;
  if (s[i] === "+" || s[i] === "-") sign = s[i++] === "-" ? -1 : 1;
  if (s.startsWith("0x", i) || s.startsWith("0b", i)) {
    const radix = s[i + 1] === "x" ? 16 : 2;
    const digits = s.slice(i + 2);
    const valid = radix === 16 ? "0123456789abcdefABCDEF" : "01";
    if (digits === "" || [...digits].some((c) => !valid.includes(c))) return { ok: false, error: `bad base-${radix} digits "${digits}"` };
    return { ok: true, value: sign * parseInt(digits, radix), kind: radix === 16 ? "hex" : "bin" };
  }
  const start = i;
  let kind = "int";
  while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
  if (s[i] === ".") {
    kind = "decimal";
    i++;
    while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
  }
  if (i === start || s.slice(start, i) === ".") return { ok: false, error: "no digits" };
  if (s[i] === "e" || s[i] === "E") {
    kind = "exponent";
    i++;
    if (s[i] === "+" || s[i] === "-") i++;
    const expStart = i;
    while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
    if (i === expStart) return { ok: false, error: "empty exponent" };
  }
  if (i !== s.length) return { ok: false, error: `trailing "${s.slice(i)}" at ${i}` };
  return { ok: true, value: sign * Number(s.slice(start)), kind };
}
const inputs = ["42", "-17", "3.25", ".5", "5.", "1e10", "2.5E-3", "-0", "0xff", "-0x1A", "0b1011", "0b102", "0x", "1e", "1.2.3", "12abc", "", "+", "1e+2", "007"];
const stats: Record<string, number> = {};
for (const s of inputs) {
  const r = scanNumber(s);
  const key = r.ok ? r.kind : "error";
  stats[key] = (stats[key] ?? 0) + 1;
  console.log(JSON.stringify(s).padEnd(10), r.ok ? `${r.kind.padEnd(9)} ${r.value}` : `ERROR     ${r.error}`);
}
console.log(stats);
const agree = inputs.filter((s) => { const r = scanNumber(s); return r.ok && r.kind !== "hex" && r.kind !== "bin" && r.value === Number(s); });
console.log("agree with Number():", agree.length, agree);
