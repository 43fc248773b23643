// A fixed layout record written with DataView and read back through typed-array views of the same bytes.
const RECORD = 16;
function writeRecord(dv: DataView, index: number, id: number, temp: number, flags: number): void {
  const o = index * RECORD;
  dv.setUint32(o, id, true);
  dv.setFloat64(o + 4, temp, true);
  dv.setUint16(o + 12, flags, true);
  dv.setInt16(o + 14, -index, true);
}
const buf = new ArrayBuffer(RECORD * 3);
const dv = new DataView(buf);
writeRecord(dv, 0, 1001, 21.25, 0x0001);
writeRecord(dv, 1, 1002, -4.5, 0x8001);
writeRecord(dv, 2, 1003, 99.9, 0xffff);
const bytes = new Uint8Array(buf);
console.log(bytes.subarray(0, 16));
const ids = new Uint32Array(buf);
console.log(ids[0], ids[4], ids[8]);
for (let i = 0; i < 3; i++) {
  const temps = new Float64Array(buf.slice(i * RECORD + 4, i * RECORD + 12));
  const flags = new Uint16Array(buf, i * RECORD + 12, 2);
  console.log(i, temps[0], flags[0].toString(2), new Int16Array(flags.buffer, flags.byteOffset + 2, 1)[0]);
}
console.log(dv.getUint16(28, true) === 0x8001, dv.getUint16(28) === 0x0180, dv.byteLength);
