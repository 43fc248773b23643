// from and of, and construction from arrays, other typed arrays and Sets.
console.log(Uint8Array.from([1, 2, 300]), Int16Array.of(-1, 40000));
console.log(Float32Array.from([1, 2, 3], (x) => x / 4));
console.log(Uint8Array.from({ length: 4 }, (_, i) => i * i));
console.log(Uint8Array.from(new Set([3, 3, 4, 5])));
console.log(Int32Array.from(new Uint8Array([255, 1])), Uint8Array.from(new Int8Array([-1, -128])));
console.log(new Float64Array([1, 2]), new Uint8Array(new Float32Array([1.7, -1.7, 256.5])));
console.log(new Uint16Array([true ? 1 : 0, 2]), new Int8Array(3.9), new Uint8Array());
const src = [10, 20, 30];
const copy = new Uint8Array(src);
src[0] = 99;
console.log(copy, src);
const t = Uint8Array.of();
console.log(t, t.length);
const mixed: number[] = [];
for (let i = 0; i < 10; i++) mixed.push(i % 3 === 0 ? -i : i * 30);
console.log(Uint8Array.from(mixed), Int8Array.from(mixed));
