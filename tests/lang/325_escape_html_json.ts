// Escaping for HTML and JSON-ish output with one replace and a lookup table.
const htmlMap: { [c: string]: string } = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c: string) => htmlMap[c]);
const unescapeHtml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-f]+));/gi, (m: string, name: string, dec: string | undefined, hex: string | undefined) => {
    if (dec !== undefined) return String.fromCharCode(Number(dec));
    if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
    const back: { [k: string]: string } = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
    return back[name.toLowerCase()] ?? m;
  });
const escapeJson = (s: string) =>
  s.replace(/[\\"\u0000-\u001f]/g, (c: string) => {
    const named: { [k: string]: string } = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
  });
for (const s of [`<a href="x">Tom & 'Jerry'</a>`, "plain", "5 > 3 && 2 < 4"]) {
  const e = escapeHtml(s);
  print(e, unescapeHtml(e) === s);
}
print(unescapeHtml("&#65;&#x42;&Amp;&bogus; &lt;tag&GT;"));
const raw = 'line1\nline2\t"quoted" back\\slash \u0001';
print(escapeJson(raw), JSON.stringify(raw).slice(1, -1) === escapeJson(raw));
print("a_b-c d".replace(/[^\w-]/g, encodeChar));
function encodeChar(c: string): string {
  return "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
}
