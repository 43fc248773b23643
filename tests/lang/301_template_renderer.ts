// A page template rendered with replace and a callback: {{name}}, {{name|filter}}, and missing keys.
const values = new Map<string, string>([
  ["device", "thermo-01"],
  ["temp", "21.456"],
  ["ssid", "Home <5G>"],
  ["uptime", "93784"],
]);

function applyFilter(value: string, filter: string): string {
  switch (filter) {
    case "upper":
      return value.toUpperCase();
    case "fixed1":
      return Number(value).toFixed(1);
    case "html":
      return value.replace(/[&<>"]/g, (c: string) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
    case "duration": {
      const s = Number(value);
      return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
    }
    default:
      return `[unknown filter ${filter}]`;
  }
}

let calls = 0;
function render(template: string): string {
  return template.replace(/\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}/g, (whole: string, key: string, filter: string | undefined, offset: number) => {
    calls++;
    const v = values.get(key);
    if (v === undefined) return `<!-- ${key}? at ${offset} -->`;
    return filter === undefined ? v : applyFilter(v, filter);
  });
}

const page = [
  "<h1>{{device|upper}}</h1>",
  "<p>Temperature: {{ temp|fixed1 }} C</p>",
  "<p>Network: {{ssid|html}} ({{ssid}})</p>",
  "<p>Up {{uptime|duration}}, {{missing}} {{temp|nope}}</p>",
  "<p>Not a tag: {{ }} {single} {{x y}}</p>",
];
for (const line of page) print(render(line));
print("callbacks:", calls);
