// A view that does not fit its buffer is a RangeError with node's message (uncaught: exit code 1).
const buf = new ArrayBuffer(6);
console.log(new Uint16Array(buf, 2), new Uint8Array(buf, 6));
console.log(new Uint16Array(buf, 2, 2).length, new Float32Array(new ArrayBuffer(8), 4).length);
const words = new Uint32Array(buf); // byte length of Uint32Array should be a multiple of 4
console.log(words, "not reached");
