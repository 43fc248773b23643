// instanceof needs a class of the app or an Error class; a typed array's type is known statically.
const a: Uint8Array | number[] = new Uint8Array(2);
console.log(a instanceof Uint8Array);
// expect: TSFW1005 3:26
