// Lookahead and lookbehind: prices, password rules, numbers not preceded by a sign, and thousands separators.
const text = "Items: $12, $7.50, EUR 9, $100 and -$3; cost 42";
print(text.match(/(?<=\$)\d+(?:\.\d+)?/g));
print(text.match(/(?<!\$|\d|\.)\b\d+\b/g));
print(text.match(/(?<=-)\$\d+/g));
print(text.replace(/\$(?=\d+\b(?!\.))/g, "USD "));

const rules: [string, RegExp][] = [
  ["lower", /(?=.*[a-z])/],
  ["upper", /(?=.*[A-Z])/],
  ["digit", /(?=.*\d)/],
  ["symbol", /(?=.*[^\w\s])/],
  ["length", /^.{8,}$/],
];
for (const pw of ["password", "Passw0rd!", "SHORT1!", "longenough123", "Ab1!Ab1!"]) {
  const missing = rules.filter(([, re]) => !re.test(pw)).map(([name]) => name);
  print(pw.padEnd(14), missing.length ? `missing ${missing.join(", ")}` : "strong");
}
const strong = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?!.*\s).{8,}$/;
print(["Abcdefg1", "Abcdef 1", "abcdefg1"].map((p) => strong.test(p)));
for (const n of ["1234567", "1000", "999", "12345678.9"]) {
  const [int, frac] = n.split(".");
  print(int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : ""));
}
print("foobar foobaz barfoo".replace(/foo(?!bar)/g, "FOO"), "a1b2c3".replace(/(?<=[a-z])\d/g, "#"));
print("camelCaseString".split(/(?=[A-Z])/), "2024-01-02".split(/(?<=-)/));
