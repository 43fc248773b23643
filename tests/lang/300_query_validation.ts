// A device's HTTP handler validates its query string with RegExps before using it.
interface Query {
  [key: string]: string;
}

const allowedKey = /^[a-z][a-z0-9_]{0,15}$/;
const pair = /([^&=]+)=([^&]*)/g;

// %xx escapes and '+' decoded with a replacer (ASCII escapes only, as the device's forms send)
function decode(s: string): string {
  return s.replace(/\+/g, " ").replace(/%([0-9a-f]{2})/gi, (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function parseQuery(qs: string): Query {
  const out: Query = {};
  for (const m of qs.matchAll(pair)) {
    const key = decode(m[1]);
    const value = decode(m[2]);
    if (allowedKey.test(key)) out[key] = value;
    else print(`  ignored key ${JSON.stringify(key)}`);
  }
  return out;
}

const checks: [string, RegExp][] = [
  ["led", /^(on|off|toggle)$/],
  ["level", /^(100|[1-9]?\d)$/],
  ["color", /^#?[0-9a-f]{6}$/i],
  ["name", /^[\w .-]{1,20}$/],
];

function validate(q: Query): string[] {
  const errors: string[] = [];
  for (const [key, re] of checks) {
    const v = q[key];
    if (v === undefined) continue;
    if (!re.test(v)) errors.push(`${key}: '${v}' does not match ${re}`);
  }
  return errors;
}

const requests = [
  "led=on&level=42&color=%23FFaa00",
  "led=blink&level=101",
  "name=Kitchen+Lamp&level=7&Bad-Key=1",
  "level=&color=12345g",
  "name=a%26b&led=off&x_1=yes",
  "",
];
for (const r of requests) {
  print(`GET /set?${r}`);
  const q = parseQuery(r);
  print(q);
  const errors = validate(q);
  print(errors.length ? errors : "ok");
}
