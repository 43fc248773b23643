// Uint8ClampedArray: clamping and round-half-to-even, as image code expects.
const c = new Uint8ClampedArray(12);
const inputs = [-1, 0.4, 0.5, 1.5, 2.5, 3.5, 254.5, 255.5, 256, 1e9, -Infinity, NaN];
inputs.forEach((v, i) => (c[i] = v));
console.log(c);
const pixels = Uint8ClampedArray.from([10, 200, 250, 128], (v) => v * 1.2);
console.log(pixels, pixels.BYTES_PER_ELEMENT);
function brighten(img: Uint8ClampedArray, by: number): Uint8ClampedArray {
  return img.map((v) => v + by);
}
console.log(brighten(pixels, 50), brighten(pixels, -300));
const u8 = new Uint8Array(c);
console.log(u8, new Uint8ClampedArray(new Int16Array([-5, 300, 77])));
