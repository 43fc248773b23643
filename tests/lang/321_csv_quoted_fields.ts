// CSV with quoted fields, escaped quotes and empty cells, parsed with one global RegExp.
const field = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
function parseRow(line: string): string[] {
  const cells: string[] = [];
  for (const m of line.matchAll(field)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return cells;
}
const csv = `id,name,notes,value
1,sensor,"says ""hi""",21.5
2,"Smith, John",,7
3,,"multi, comma, cell",
4,plain,"",0`;
const rows = csv.split(/\r?\n/).map(parseRow);
for (const r of rows) print(r.length, JSON.stringify(r));
const numeric = rows.slice(1).filter((r) => /^-?\d+(?:\.\d+)?$/.test(r[3])).map((r) => Number(r[3]));
print(numeric, numeric.reduce((a, b) => a + b, 0));
