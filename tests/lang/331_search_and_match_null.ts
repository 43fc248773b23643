// search and match when nothing matches, with ?. and ?? as a device's code guards them.
const s = "temperature=21;humidity=40";
print(s.search(/hum/), s.search(/pressure/), s.search(/=\d+/g), s.indexOf("hum"));
const p = s.match(/pressure=(\d+)/);
print(p, p?.[1], p?.[1] ?? "n/a", (s.match(/humidity=(\d+)/) ?? [])[1]);
const all = s.match(/\d+/g) ?? [];
print(all.map(Number), s.match(/x/g), (s.match(/x/g) ?? []).length);
const pick = (key: string): number | undefined => {
  const m = new RegExp(`(?:^|;)${key}=(\\d+)`).exec(s);
  return m ? Number(m[1]) : undefined;
};
print(pick("temperature"), pick("humidity"), pick("perature"), pick("wind"));
print("abc".match(/(z)?c/), "abc".match(/(z)?c/)?.[1]);
print("xyz".search(/y/) === "xyz".indexOf("y"), "a.b".search("."), "a.b".indexOf("."));
print("2+2".match("2+"), "aaa".match("a*")![0], "v1.2".search("\\d"));
