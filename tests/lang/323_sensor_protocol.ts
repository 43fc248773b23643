// A line protocol from a serial sensor: "T=23.5;H=40;P=1013.2*CS", checked and parsed field by field.
function checksum(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return x.toString(16).toUpperCase().padStart(2, "0");
}
const frame = /^\$(?<body>[^*]+)\*(?<cs>[0-9A-F]{2})$/;
const fieldRe = /(?<key>[A-Z])=(?<val>-?\d+(?:\.\d+)?)(?=;|$)/g;
const lines = ["$T=23.5;H=40;P=1013.2*", "$T=-4.25;H=99*", "$T=abc;H=1*00", "T=1*00", "$T=1;;H=2*", "$X=1.5.5*"];
for (const raw of lines) {
  const body = raw.replace(/^\$|\*.*$/g, "");
  const line = raw.endsWith("*") ? raw + checksum(body) : raw;
  const m = frame.exec(line);
  if (!m) {
    print(JSON.stringify(line), "bad frame");
    continue;
  }
  const ok = checksum(m.groups!.body) === m.groups!.cs;
  const values: { [k: string]: number } = {};
  let consumed = 0;
  for (const f of m.groups!.body.matchAll(fieldRe)) {
    values[f.groups!.key] = Number(f.groups!.val);
    consumed += f[0].length;
  }
  const separators = (m.groups!.body.match(/;/g) ?? []).length;
  print(JSON.stringify(line), ok ? "cs ok" : "cs BAD", values, consumed + separators === m.groups!.body.length ? "clean" : "junk");
}
