// Construction, element conversions (wrap, clamp, NaN -> 0) and the size properties of each typed array.
const u8 = new Uint8Array(4);
u8[0] = 300;
u8[1] = -1;
u8[2] = 3.99;
u8[3] = NaN;
console.log(u8, u8.length, u8.byteLength, u8.byteOffset, u8.BYTES_PER_ELEMENT);

const i8 = new Int8Array([127, 128, 255, -129, 1.5, -1.5]);
console.log(i8);
const u16 = new Uint16Array([65535, 65536, -1, 70000]);
console.log(u16, u16.byteLength);
const i16 = new Int16Array([32767, 32768, -32769, 65535]);
console.log(i16);
const u32 = new Uint32Array([-1, 4294967296, 2 ** 32 + 5, 1e10]);
console.log(u32);
const i32 = new Int32Array([2147483648, -2147483649, 4294967295, Infinity, -Infinity]);
console.log(i32);
const f32 = new Float32Array([0.1, 1 / 3, 16777217, -0]);
console.log(f32);
const f64 = new Float64Array([0.1, 1 / 3, NaN, -Infinity]);
console.log(f64);
const c8 = new Uint8ClampedArray([300, -5, 1.5, 2.5, 254.5, 0.5, NaN]);
console.log(c8);

// out-of-range reads are undefined, writes are ignored
console.log(u8[10], u8[-1], u8[1.5]);
u8[10] = 5;
console.log(u8.length, u8[10] === undefined);

// compound assignment and increments wrap
const counter = new Uint8Array(2);
for (let i = 0; i < 300; i++) counter[0]++;
counter[1] += 250;
counter[1] += 10;
console.log(counter[0], counter[1], counter[0]-- + 1, --counter[1]);
console.log(Uint8Array.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT);
let sum = 0;
for (let i = 0; i < u16.length; i++) sum += u16[i];
console.log(sum, typeof u8[0]);
