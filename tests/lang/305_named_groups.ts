// Named groups: exec results, the groups object, $<name> in replacements, and groups that did not match.
const dateRe = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2}))?/;
for (const s of ["2024-03-15", "log at 2023-12-01T08:30 ok", "no date"]) {
  const m = dateRe.exec(s);
  if (!m) {
    print(s, "-> no match");
    continue;
  }
  const g = m.groups!;
  print(m.index, g.year, g.month, g.day, g.hour, g.minute);
  print(g);
}
print("2024-03-15".replace(dateRe, "$<day>/$<month>/$<year>"));
print("from 2024-01-02 to 2024-02-03".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/g, "$<d>.$<m>.$<y>"));
print("x".replace(/(?<a>x)/, "[$<b>][$<a>]"));
const kv = /(?<key>\w+)=(?<value>[^;]*)/g;
const found: string[] = [];
for (const m of "a=1;bb=;ccc=three".matchAll(kv)) found.push(`${m.groups!.key}:${JSON.stringify(m.groups!.value)}`);
print(found);
const withFn = "t=21C h=40%".replace(/(?<name>[th])=(?<num>\d+)/g, (...args: unknown[]) => {
  const groups = args[args.length - 1] as { [k: string]: string };
  return `${groups.name.toUpperCase()}:${Number(groups.num) * 2}`;
});
print(withFn);
print(/(?<first>a)|(?<second>b)/.exec("b"));
