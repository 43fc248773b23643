// An HTTP router that compiles path patterns such as /api/:id into RegExps at start-up.
interface Route {
  method: string;
  pattern: string;
  re: RegExp;
  keys: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(method: string, pattern: string): Route {
  const keys: string[] = [];
  const body = pattern
    .split(/(:\w+|\*)/)
    .map((part) => {
      if (part === "*") return "(.*)";
      if (part.startsWith(":")) {
        keys.push(part.slice(1));
        return "([^/]+)";
      }
      return escapeRegExp(part);
    })
    .join("");
  return { method, pattern, re: new RegExp(`^${body}/?$`), keys };
}

const routes = [
  compile("GET", "/api/sensors"),
  compile("GET", "/api/sensors/:id"),
  compile("PUT", "/api/sensors/:id/config/:key"),
  compile("GET", "/files/*"),
  compile("GET", "/v1.0/status"),
];
for (const r of routes) print(r.method, r.pattern, "->", r.re);

function route(method: string, url: string): string {
  const path = url.replace(/\?.*$/, "");
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.re.exec(path);
    if (!m) continue;
    const params: string[] = r.keys.map((k, i) => `${k}=${m[i + 1]}`);
    if (r.pattern.endsWith("*")) params.push(`rest=${m[1]}`);
    return `${r.pattern} {${params.join(", ")}}`;
  }
  return "404";
}
for (const [m, u] of [
  ["GET", "/api/sensors"],
  ["GET", "/api/sensors/"],
  ["GET", "/api/sensors/t1?x=1"],
  ["PUT", "/api/sensors/t1/config/rate"],
  ["GET", "/files/www/index.html"],
  ["GET", "/v1.0/status"],
  ["GET", "/v1x0/status"],
  ["POST", "/api/sensors"],
]) print(m, u, "=>", route(m, u));
