// Config lines checked key by key: hostnames, IPv4 addresses, ports, Wi-Fi names and intervals.
interface Rule {
  re: RegExp;
  help: string;
}
const rules = new Map<string, Rule>([
  ["hostname", { re: /^(?=.{1,63}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i, help: "letters, digits and inner dashes" }],
  ["ip", { re: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/, help: "a dotted IPv4 address" }],
  ["port", { re: /^(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])$/, help: "1 to 65535" }],
  ["ssid", { re: /^[^\x00-\x1f]{1,32}$/, help: "1 to 32 printable characters" }],
  ["interval", { re: /^(\d+)(ms|s|m|h)$/, help: "a number and a unit" }],
]);

const text = `
# device config
hostname = sensor-kitchen-01
ip=192.168.1.250
port = 8080
ssid = My Home WiFi
interval = 30s
hostname=-bad-
ip = 256.1.1.1
port=70000
interval = 5 minutes
unknown = 1
badline
`;

const seen: string[] = [];
let lineNo = 0;
for (const raw of text.split(/\r?\n/)) {
  lineNo++;
  const line = raw.replace(/#.*$/, "").trim();
  if (!line) continue;
  const kv = /^(\w+)\s*=\s*(.*)$/.exec(line);
  if (!kv) {
    print(`line ${lineNo}: not key=value: ${JSON.stringify(line)}`);
    continue;
  }
  const [, key, value] = kv;
  const rule = rules.get(key);
  if (!rule) print(`line ${lineNo}: unknown key ${key}`);
  else if (!rule.re.test(value)) print(`line ${lineNo}: ${key} '${value}' is not ${rule.help}`);
  else {
    seen.push(key);
    const unit = rule.re.exec(value);
    print(`line ${lineNo}: ${key} ok`, key === "interval" && unit ? [unit[1], unit[2]] : value);
  }
}
print(seen.join(","));
