// A binary sensor packet: a header read with DataView (big-endian), readings in little-endian floats.
interface Reading {
  channel: number;
  value: number;
}
function buildPacket(id: number, readings: Reading[]): Uint8Array {
  const buf = new ArrayBuffer(8 + readings.length * 5);
  const dv = new DataView(buf);
  dv.setUint16(0, 0xcafe);
  dv.setUint8(2, 1);
  dv.setUint8(3, readings.length);
  dv.setUint32(4, id);
  readings.forEach((r, i) => {
    dv.setUint8(8 + i * 5, r.channel);
    dv.setFloat32(9 + i * 5, r.value, true);
  });
  return new Uint8Array(buf);
}
function parsePacket(bytes: Uint8Array): { id: number; version: number; readings: Reading[] } | string {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8) return "short packet";
  if (dv.getUint16(0) !== 0xcafe) return "bad magic " + dv.getUint16(0).toString(16);
  const count = dv.getUint8(3);
  if (bytes.length < 8 + count * 5) return "truncated";
  const readings: Reading[] = [];
  for (let i = 0; i < count; i++)
    readings.push({ channel: dv.getUint8(8 + i * 5), value: Math.round(dv.getFloat32(9 + i * 5, true) * 100) / 100 });
  return { id: dv.getUint32(4), version: dv.getUint8(2), readings };
}
const p = buildPacket(123456789, [
  { channel: 1, value: 21.5 },
  { channel: 2, value: -3.25 },
  { channel: 7, value: 1013.2 },
]);
console.log(p);
console.log(parsePacket(p));
console.log(parsePacket(p.subarray(0, 12)), parsePacket(p.subarray(0, 4)));
const framed = new Uint8Array(p.length + 3);
framed.set(p, 3);
console.log(parsePacket(framed.subarray(3)));
framed[3] = 0;
console.log(parsePacket(framed.subarray(3)));
