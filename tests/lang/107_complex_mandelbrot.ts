// Complex number class and an ASCII Mandelbrot/Julia renderer with iteration counts.
class Complex {
  constructor(readonly re: number, readonly im: number) {}
  add(o: Complex): Complex { return new Complex(this.re + o.re, this.im + o.im); }
  mul(o: Complex): Complex { return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  abs2(): number { return this.re * this.re + this.im * this.im; }
  toString(): string {
    const sign = this.im < 0 ? "-" : "+";
    return `${this.re} ${sign} ${Math.abs(this.im)}i`;
  }
}

function escape(c: Complex, z0: Complex, max: number): number {
  let z = z0;
  for (let i = 0; i < max; i++) {
    if (z.abs2() > 4) return i;
    z = z.mul(z).add(c);
  }
  return max;
}

const shades = " .:-=+*#%@";
const rows: string[] = [];
let inside = 0;
for (let y = 0; y < 21; y++) {
  let line = "";
  for (let x = 0; x < 60; x++) {
    const c = new Complex(-2.2 + (x * 3) / 60, -1.2 + (y * 2.4) / 20);
    const n = escape(c, new Complex(0, 0), 50);
    if (n === 50) inside++;
    line += n === 50 ? "@" : shades[Math.min(shades.length - 2, Math.floor(n / 3))];
  }
  rows.push(line);
}
print(rows.join("\n"));
print("points inside:", inside);

const julia: string[] = [];
const k = new Complex(-0.8, 0.156);
for (let y = 0; y < 11; y++) {
  let line = "";
  for (let x = 0; x < 40; x++) {
    const n = escape(k, new Complex(-1.6 + (x * 3.2) / 40, -1 + (y * 2) / 10), 30);
    line += shades[Math.floor((n * (shades.length - 1)) / 30)];
  }
  julia.push(line);
}
print(julia.join("\n"));
const a = new Complex(1, 2);
const b = new Complex(3, -4);
print(`${a} * ${b} = ${a.mul(b)}`, a.add(b), a.mul(a).abs2());
let power = new Complex(1, 0);
const i = new Complex(0, 1);
const cycle: string[] = [];
for (let n = 0; n < 5; n++) {
  cycle.push(String(power));
  power = power.mul(i);
}
print(cycle);
