// spectral-norm (the Benchmarks Game): the largest eigenvalue of an infinite
// matrix by power iteration, on number arrays.

function a(i: number, j: number): number {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function mulAv(v: number[], av: number[]): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a(i, j) * v[j];
    av[i] = s;
  }
}

function mulAtv(v: number[], atv: number[]): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a(j, i) * v[j];
    atv[i] = s;
  }
}

function mulAtAv(v: number[], out: number[], tmp: number[]): void {
  mulAv(v, tmp);
  mulAtv(tmp, out);
}

const n = 2000;
const u: number[] = [];
const v: number[] = [];
const tmp: number[] = [];
for (let i = 0; i < n; i++) {
  u.push(1);
  v.push(0);
  tmp.push(0);
}
for (let i = 0; i < 10; i++) {
  mulAtAv(u, v, tmp);
  mulAtAv(v, u, tmp);
}
let vBv = 0;
let vv = 0;
for (let i = 0; i < n; i++) {
  vBv += u[i] * v[i];
  vv += v[i] * v[i];
}
console.log(Math.sqrt(vBv / vv).toFixed(9));
