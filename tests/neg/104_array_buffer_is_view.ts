// ArrayBuffer's static methods are not supported.
const a = new Uint8Array(2);
console.log(ArrayBuffer.isView(a));
// expect: TSFW1004 3:13
