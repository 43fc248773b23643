// mandelbrot (the Benchmarks Game): the set on an n x n grid, packed 8 pixels
// per byte as the original's PBM; prints the byte count and a checksum.

const n = 3000;
let bits = 0;
let bitCount = 0;
let bytes = 0;
let sum = 0;
for (let y = 0; y < n; y++) {
  const ci = (2 * y) / n - 1;
  for (let x = 0; x < n; x++) {
    const cr = (2 * x) / n - 1.5;
    let zr = 0;
    let zi = 0;
    let tr = 0;
    let ti = 0;
    let i = 0;
    while (i < 50 && tr + ti <= 4) {
      zi = 2 * zr * zi + ci;
      zr = tr - ti + cr;
      tr = zr * zr;
      ti = zi * zi;
      i++;
    }
    bits = (bits << 1) | (tr + ti <= 4 ? 1 : 0);
    bitCount++;
    if (bitCount === 8 || x === n - 1) {
      bits = bits << (8 - bitCount);
      sum = (sum * 31 + bits) % 1000000007;
      bytes++;
      bits = 0;
      bitCount = 0;
    }
  }
}
console.log(`P4 ${n} ${n}: ${bytes} bytes, checksum ${sum}`);
