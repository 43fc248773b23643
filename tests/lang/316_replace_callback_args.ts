// A replacer function gets the match, each capture (undefined when a group did not match), the
// offset, the whole string and, with named groups, the groups object.
const calls: string[] = [];
const out = "a1 b22 c".replace(/([a-z])(\d+)?/g, (m: string, letter: string, digits: string | undefined, offset: number, whole: string) => {
  calls.push(`${m}|${letter}|${digits}|${offset}|${whole.length}`);
  return digits === undefined ? letter.toUpperCase() : `${letter}${Number(digits) + 1}`;
});
print(out);
print(calls);
const seen: unknown[][] = [];
"x=1,y=2".replace(/(?<k>\w)=(?<v>\d)/g, (...args: unknown[]) => {
  seen.push(args);
  return "";
});
print(seen);
let n = 0;
print("aaaa".replace(/a/g, () => String(++n)), n);
print("no match".replace(/z/g, () => "never"));
print("abc".replace(/(?:)/g, (m: string, off: number) => `${off}`));
print("Hello World".replace(/\b\w/g, (c: string) => c.toLowerCase()).replace(/[a-z]+/g, (w: string) => w.length > 4 ? w.toUpperCase() : w));
print("3 apples and 12 pears".replaceAll(/\d+/g, (d: string) => String(Number(d) * 2)));
print("x".replace(/x/, () => "$1$&"));
