// Check-digit algorithms: Luhn (credit cards), ISBN-10/13, and a CRC32 table built with bit ops.
function luhnValid(num: string): boolean {
  const digits = num.split(" ").join("");
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
function isbn10(s: string): boolean {
  const c = s.replaceAll("-", "");
  if (c.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (c[i] === "X" ? 10 : Number(c[i])) * (10 - i);
  return sum % 11 === 0;
}
function isbn13Check(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}
const table: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table.push(c >>> 0);
}
function crc32(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = table[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
for (const card of ["4539 1488 0343 6467", "8273 1232 7352 0569", "4111 1111 1111 1111", "0000 0000 0000 0000", "1234"]) console.log(card.padEnd(20), luhnValid(card));
for (const b of ["0-306-40615-2", "0-306-40615-3", "0-8044-2957-X", "123"]) console.log(b.padEnd(14), isbn10(b));
console.log("978030640615 ->", isbn13Check("978030640615"), "979123456789 ->", isbn13Check("979123456789"));
console.log(table.slice(0, 8).map((v) => v.toString(16)));
for (const s of ["", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"]) {
  console.log(JSON.stringify(s), crc32(s), crc32(s).toString(16).padStart(8, "0"));
}
