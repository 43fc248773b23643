// A hex dump in the classic 16-bytes-per-line layout.
function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
function dump(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (let off = 0; off < bytes.length; off += 16) {
    const row = bytes.subarray(off, off + 16);
    let h = "";
    let a = "";
    row.forEach((b, i) => {
      h += hex(b, 2) + (i === 7 ? "  " : " ");
      a += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
    });
    lines.push(`${hex(off, 8)}  ${h.padEnd(49)} |${a}|`);
  }
  return lines;
}
const data = new TextEncoder().encode("GET /index.html HTTP/1.1\r\nHost: esp32.local\r\n\r\n");
for (const l of dump(data)) console.log(l);
const bin = new Uint8Array(40);
for (let i = 0; i < bin.length; i++) bin[i] = (i * 53) ^ 0x5a;
for (const l of dump(bin)) console.log(l);
console.log(Array.from(bin.subarray(0, 6), (b) => hex(b, 2)).join(":"));
