// slice, set, fill, indexOf, lastIndexOf, includes, join, reverse, at, copyWithin.
const a = Uint8Array.of(5, 1, 4, 1, 5, 9, 2, 6);
console.log(a.slice(2), a.slice(-3, -1), a.slice(5, 2), a.slice());
console.log(a.indexOf(1), a.indexOf(1, 2), a.indexOf(7), a.lastIndexOf(5), a.lastIndexOf(5, 3), a.lastIndexOf(1, -6));
console.log(a.includes(9), a.includes(9, 6), a.includes(10));
console.log(a.join(), a.join("-"), a.join(""));
console.log(a.at(0), a.at(-1), a.at(20));
const b = new Int16Array(6);
b.set([1, 2, 3]);
b.set(new Int16Array([-7, -8]), 4);
console.log(b);
b.set(b.subarray(0, 3), 2);
console.log(b);
const f = new Float32Array([1.5, NaN, 3]);
console.log(f.includes(NaN), f.indexOf(NaN), f.indexOf(1.5));
console.log(new Uint8Array(5).fill(3), new Uint8Array(5).fill(9, 1, 3), new Uint8Array(5).fill(256, -2));
const r = Int32Array.of(1, 2, 3, 4, 5);
console.log(r.reverse(), r);
console.log(Uint8Array.of(1, 2, 3, 4, 5).copyWithin(0, 3), Uint8Array.of(1, 2, 3, 4, 5).copyWithin(1, 0, 2));
const u = new Uint8Array([250, 251]);
const wide = new Uint16Array(u);
wide[0] += 10;
console.log(wide, u);
a.set([1, 2, 3], 6); // RangeError: offset is out of bounds
console.log("not reached");
