// An INI file read with RegExps: sections, keys, quoted values, comments and continuation lines.
const ini = `; device settings
[wifi]
ssid = "My Net"   ; quoted
pass=secret123
[mqtt]
host = broker.local
port=1883
topics = a/b, \\
  c/d
[ bad section
[empty]
# comment
key without value
`;
const section = /^\[\s*([\w.-]+)\s*\]$/;
const entry = /^([\w.-]+)\s*=\s*(?:"([^"]*)"|([^;#]*?))\s*(?:[;#].*)?$/;
const data = new Map<string, Map<string, string>>();
let current = "";
const joined = ini.replace(/\\\n\s*/g, "");
for (const [i, raw] of joined.split("\n").entries()) {
  const line = raw.trim();
  if (line === "" || /^[;#]/.test(line)) continue;
  const s = section.exec(line);
  if (s) {
    current = s[1];
    data.set(current, new Map());
    continue;
  }
  const e = entry.exec(line);
  if (e && current) data.get(current)!.set(e[1], e[2] ?? e[3]);
  else print(`line ${i + 1}: cannot parse ${JSON.stringify(line)}`);
}
print(data);
print(data.get("mqtt")?.get("topics")?.split(/\s*,\s*/));
