// String concatenation and split: build large comma-separated strings with +=
// and template literals, split them, parse the fields back, join and re-split.

function build(n: number, seed: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    if (i > 0) s += ",";
    s += "k" + ((i * seed) % 9973) + "=" + (i % 100);
  }
  return s;
}

let checksum = 0;
let totalLen = 0;
for (let round = 0; round < 12; round++) {
  const text = build(50000, round + 7);
  totalLen += text.length;
  const fields = text.split(",");
  let keys = "";
  for (const f of fields) {
    const parts = f.split("=");
    checksum = (checksum + parseInt(parts[1], 10) + parts[0].length) % 1000000007;
    if (parts[1] === "42") keys += `${parts[0]};`;
  }
  const joined = fields.join("|");
  const again = joined.split("|");
  checksum = (checksum + again.length + keys.length) % 1000000007;
  let upper = "";
  for (let i = 0; i < 2000; i++) upper += again[i].toUpperCase().slice(0, 3);
  checksum = (checksum + upper.indexOf("K99") + upper.length) % 1000000007;
}
console.log("chars", totalLen, "checksum", checksum);
