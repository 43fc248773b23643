// Firmware versions: a semver RegExp with named groups, validation and ordering.
const semver = /^v?(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)(?:-(?<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+(?<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
interface Version {
  text: string;
  nums: number[];
  pre: string[];
}
function parse(text: string): Version | null {
  const m = semver.exec(text);
  if (!m) return null;
  const g = m.groups!;
  return { text, nums: [Number(g.major), Number(g.minor), Number(g.patch)], pre: g.pre ? g.pre.split(".") : [] };
}
function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return a.nums[i] - b.nums[i];
  if (!a.pre.length || !b.pre.length) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (xn !== yn) return xn ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.pre.length - b.pre.length;
}
const inputs = ["1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1+build.5", "01.0.0", "1.2", "1.2.3-", "10.0.0"];
const parsed: Version[] = [];
for (const s of inputs) {
  const v = parse(s);
  if (v) parsed.push(v);
  else print("invalid:", s);
}
print(parsed.sort(compare).map((v) => v.text).join(" < "));
print(semver.exec("1.2.3-rc.1+sha.abc")!.groups);
