// Device-style LED strip animation frames computed with bit operations and printed with print().
const LEDS = 16;
function frame(bits: number): string {
  let s = "";
  for (let i = LEDS - 1; i >= 0; i--) s += (bits >>> i) & 1 ? "*" : "-";
  return s;
}
let scanner = 1;
let dir = 1;
print("scanner:");
for (let t = 0; t < 20; t++) {
  print(String(t).padStart(2), frame(scanner), "0x" + scanner.toString(16).padStart(4, "0"));
  if ((dir > 0 && scanner === 1 << (LEDS - 1)) || (dir < 0 && scanner === 1)) dir = -dir;
  scanner = dir > 0 ? scanner << 1 : scanner >>> 1;
}
print("binary counter with gray code:");
for (let n = 0; n < 10; n++) {
  const gray = n ^ (n >>> 1);
  print(frame(n), frame(gray), n, gray);
}
let lfsr = 0xace1;
const taps: number[] = [];
for (let i = 0; i < 8; i++) {
  const bit = (lfsr ^ (lfsr >>> 2) ^ (lfsr >>> 3) ^ (lfsr >>> 5)) & 1;
  lfsr = ((lfsr >>> 1) | (bit << 15)) & 0xffff;
  taps.push(lfsr);
  print("lfsr", frame(lfsr), lfsr);
}
const brightness = Array.from({ length: LEDS }, (_, i) => Math.round(255 * Math.sin((Math.PI * i) / (LEDS - 1)) ** 2));
print(brightness);
print({ ledCount: LEDS, last: taps[taps.length - 1], allOn: frame(0xffff), allOff: frame(0) });
