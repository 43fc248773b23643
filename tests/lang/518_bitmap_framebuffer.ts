// A 1-bit framebuffer for a 32x8 display: set pixels, draw lines, print rows.
const W = 32;
const H = 8;
const fb = new Uint8Array((W * H) / 8);
function setPixel(x: number, y: number, on: boolean): void {
  if (x < 0 || x >= W || y < 0 || y >= H) return;
  const i = (y * W + x) >> 3;
  const bit = 0x80 >> (x & 7);
  if (on) fb[i] |= bit;
  else fb[i] &= ~bit;
}
function getPixel(x: number, y: number): boolean {
  return (fb[(y * W + x) >> 3] & (0x80 >> (x & 7))) !== 0;
}
function line(x0: number, y0: number, x1: number, y1: number): void {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    setPixel(x0, y0, true);
    if (x0 === x1 && y0 === y1) break;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x0 += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y0 += sy;
    }
  }
}
line(0, 0, 31, 7);
line(0, 7, 31, 0);
for (let x = 0; x < W; x += 4) setPixel(x, 3, true);
setPixel(16, 3, false);
for (let y = 0; y < H; y++) {
  let row = "";
  for (let x = 0; x < W; x++) row += getPixel(x, y) ? "#" : ".";
  console.log(row);
}
console.log(fb);
let lit = 0;
for (const b of fb) for (let k = 0; k < 8; k++) lit += (b >> k) & 1;
console.log(lit, fb.byteLength);
fb.fill(0);
console.log(fb.every((b) => b === 0));
