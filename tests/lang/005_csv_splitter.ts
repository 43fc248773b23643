// CSV splitting with quoted fields, then aggregation over the rows.
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let cur = "";
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === '"') {
        if (line[i + 1] === '"') { cur += '"'; i++; }
        else inQuotes = false;
      } else cur += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ",") { fields.push(cur); cur = ""; }
    else cur += c;
  }
  fields.push(cur);
  return fields;
}

const csv = `id,name,city,amount
1,Alice,"Paris, France",120.50
2,Bob,Berlin,75
3,"Carol ""CJ"" Jones",Paris,  300.25
4,Dan,,0
5,Eve,Berlin,-20.5`;

const rows = csv.split("\n").map(splitCsvLine);
const header = rows[0];
console.log("header:", header);
const records: Record<string, string>[] = [];
for (const r of rows.slice(1)) {
  const rec: Record<string, string> = {};
  header.forEach((h, i) => { rec[h] = r[i] ?? ""; });
  records.push(rec);
}
console.log(records);

const byCity = new Map<string, number>();
for (const rec of records) {
  const city = rec.city === "" ? "(none)" : rec.city;
  byCity.set(city, (byCity.get(city) ?? 0) + parseFloat(rec.amount));
}
console.log(byCity);
for (const [city, amt] of byCity) console.log(city.padEnd(16, "."), amt.toFixed(2).padStart(8));

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
for (const r of rows) {
  console.log("|" + r.map((f, i) => " " + f.padEnd(widths[i]) + " ").join("|") + "|");
}
console.log(splitCsvLine('"",a,"",""'));
console.log(splitCsvLine(""));
