// CRC-32 (IEEE) with a Uint32Array table, over bytes from TextEncoder.
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c;
}
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
const enc = new TextEncoder();
for (const s of ["", "a", "123456789", "The quick brown fox jumps over the lazy dog", "température ✓"]) {
  console.log(JSON.stringify(s), crc32(enc.encode(s)).toString(16).padStart(8, "0"));
}
console.log(table.subarray(0, 8));
const block = new Uint8Array(4096);
for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
console.log(crc32(block), crc32(block.subarray(100, 200)), crc32(block.slice(100, 200)));
