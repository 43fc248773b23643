// User-defined type guards over JSON.parse's unknown result.
interface Reading {
  sensor: string;
  value: number;
}
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isReading(v: unknown): v is Reading {
  return isRecord(v) && typeof v.sensor === "string" && typeof v.value === "number";
}
function readings(text: string): Reading[] {
  const v: unknown = JSON.parse(text);
  if (!Array.isArray(v)) return [];
  const out: Reading[] = [];
  for (const item of v) {
    if (isReading(item)) out.push(item);
    else console.log("skipped", JSON.stringify(item));
  }
  return out;
}
const rs = readings('[{"sensor":"t","value":20.5},{"sensor":"h"},3,null,{"sensor":"p","value":1013}]');
console.log(rs.length, rs.map((r) => `${r.sensor}=${r.value}`).join(" "));
console.log(readings('{"not":"an array"}').length);
const meta = JSON.parse('{"version":2,"ok":true,"list":[1,2]}');
if (isRecord(meta)) {
  for (const [k, v] of Object.entries(meta)) console.log(k, typeof v, Array.isArray(v));
}
