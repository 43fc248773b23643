// The device has one thread: no SharedArrayBuffer.
const shared = new SharedArrayBuffer(8);
console.log(shared.byteLength);
// expect: TSFW1004 2:16
