// DataView: every get/set pair in both byte orders, and its bounds.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
dv.setInt32(4, -2, false);
dv.setFloat32(8, 1.5, true);
dv.setInt8(12, -128);
dv.setUint8(13, 511);
console.log(bytes);
console.log(dv.getUint16(0), dv.getUint16(0, true), dv.getInt16(2, true), dv.getInt32(4), dv.getUint32(4));
console.log(dv.getFloat32(8, true), dv.getFloat32(8), dv.getInt8(12), dv.getUint8(13), dv.getInt8(13));
dv.setFloat64(0, Math.PI);
console.log(dv.getFloat64(0), dv.getFloat64(0, true), bytes.subarray(0, 8));
dv.setUint32(8, 0xdeadbeef, true);
console.log(dv.getUint32(8, true).toString(16), dv.getUint32(8).toString(16), dv.getInt32(8, true));
const view = new DataView(buf, 4, 8);
console.log(view.byteOffset, view.byteLength, view.buffer === buf, view.getUint8(0) === bytes[4]);
view.setInt16(6, -300);
console.log(dv.getInt16(10), bytes[10], bytes[11]);
console.log(new DataView(new ArrayBuffer(4)));
// a read past the end is a RangeError; uncaught, it ends the program with exit code 1
console.log(view.getUint16(6));
console.log(view.getUint16(7));
console.log("not reached");
