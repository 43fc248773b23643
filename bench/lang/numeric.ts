// Numeric loop: floating-point recurrences, integer hashing with Math.imul and
// bitwise operators, and % on doubles. Prints a deterministic checksum.

function floatLoop(n: number): number {
  let x = 0.5;
  let s = 0;
  for (let i = 1; i <= n; i++) {
    x = x * 0.999999 + 1 / i;
    s += Math.sqrt(x) * ((i % 7) - 3);
  }
  return s;
}

function intLoop(n: number): number {
  let h = 0x811c9dc5;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (i & 0xff), 16777619);
    acc = (acc + (h >>> 7) + (i << 1)) | 0;
  }
  return acc >>> 0;
}

function modLoop(n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += (i * 1.5) % 11.25;
  }
  return t;
}

const N = 10000000;
const a = floatLoop(N);
const b = intLoop(N);
const c = modLoop(N / 4);
console.log("float", a.toFixed(6));
console.log("int", b);
console.log("mod", c);
