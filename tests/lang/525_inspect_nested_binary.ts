// console.log of ArrayBuffer and DataView, alone and nested, short and long.
const small = new ArrayBuffer(3);
new Uint8Array(small).set([1, 0xab, 255]);
console.log(small);
console.log(new ArrayBuffer(0));
console.log({ buf: small, view: new DataView(small, 1) });
console.log([new DataView(new ArrayBuffer(2))]);
console.log({ a: { b: { c: small, d: new Uint8Array(small) } } });
const long = new ArrayBuffer(120);
new Uint8Array(long).fill(0x42);
console.log(long);
const dv = new DataView(long, 10, 20);
console.log(dv);
console.log([small, small]);
console.log(new Uint8Array(small).buffer === small, new TextEncoder(), [new TextDecoder()]);
