// Parse an INI file by hand into nested dictionaries, then query it.
const text = [
  "; global settings",
  "name = demo app",
  "version=3",
  "",
  "[server]",
  "host = 127.0.0.1",
  "port = 8080",
  "  timeout =  30  ",
  "",
  "[database]",
  "user=admin",
  "password = \"s3cr=t\"",
  "# a comment",
  "pool = 4",
  "[empty]",
  "[server]",
  "port = 9090",
  "bad line without equals",
].join("\n");

type Section = Record<string, string>;
const sections: Record<string, Section> = { "": {} };
const warnings: string[] = [];
let current = "";
const lines = text.split("\n");
for (let n = 0; n < lines.length; n++) {
  const line = lines[n].trim();
  if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
  if (line.startsWith("[") && line.endsWith("]")) {
    current = line.slice(1, -1).trim();
    if (!(current in sections)) sections[current] = {};
    continue;
  }
  const eq = line.indexOf("=");
  if (eq < 0) {
    warnings.push(`line ${n + 1}: no '=' in "${line}"`);
    continue;
  }
  const key = line.slice(0, eq).trim();
  let value = line.slice(eq + 1).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  sections[current][key] = value;
}

console.log(sections);
console.log("warnings:", warnings);
for (const [name, sec] of Object.entries(sections)) {
  const keys = Object.keys(sec);
  console.log(`[${name || "<global>"}] ${keys.length} key(s): ${keys.join(", ")}`);
}

function getNumber(sec: string, key: string, fallback: number): number {
  const s = sections[sec]?.[key];
  if (s === undefined) return fallback;
  const n = Number(s);
  return Number.isNaN(n) ? fallback : n;
}
console.log("port:", getNumber("server", "port", 80));
console.log("timeout:", getNumber("server", "timeout", 10));
console.log("missing:", getNumber("cache", "size", -1));
console.log("host as number:", getNumber("server", "host", 0));
console.log(JSON.stringify(sections, null, 2));
