// A typed-array method outside the supported list is refused by name.
const a = new Float32Array([1.5, 2.5]);
console.log(a.toLocaleString());
// expect: TSFW1004 3:15
