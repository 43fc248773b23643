// Parsing HTTP header blocks: names, folded values, Content-Type parameters, cookies and ranges.
const raw = "Content-Type: text/html; charset=UTF-8; boundary=\"a b\"\r\nX-Custom:  spaced value  \r\nCookie: sid=abc123; theme=dark; empty=\r\nRange: bytes=0-499, 1000-\r\nBad Header: x\r\nAccept: text/*;q=0.8, application/json\r\n";
const headers = new Map<string, string>();
for (const line of raw.split(/\r\n/)) {
  if (!line) continue;
  const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
  if (!m) {
    print("rejected:", JSON.stringify(line));
    continue;
  }
  headers.set(m[1].toLowerCase(), m[2]);
}
print([...headers.keys()]);
const ct = headers.get("content-type")!;
const [mime, ...params] = ct.split(/\s*;\s*/);
print(mime, params.map((p) => p.replace(/^(\w+)="?(.*?)"?$/, "$1 -> $2")));
const cookies = [...headers.get("cookie")!.matchAll(/(?:^|;\s*)([^=;\s]+)=([^;]*)/g)].map((m) => [m[1], m[2]]);
print(cookies);
const ranges = [...headers.get("range")!.matchAll(/(\d*)-(\d*)/g)].map((m) => ({ from: m[1] === "" ? null : Number(m[1]), to: m[2] === "" ? null : Number(m[2]) }));
print(ranges);
const accept = headers
  .get("accept")!
  .split(/\s*,\s*/)
  .map((a) => {
    const q = /;\s*q=([\d.]+)/.exec(a);
    return { type: a.replace(/;.*$/, ""), q: q ? Number(q[1]) : 1 };
  })
  .sort((a, b) => b.q - a.q);
print(accept);
