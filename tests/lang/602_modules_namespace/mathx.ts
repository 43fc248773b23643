// A small library used through a namespace import.
export const GOLDEN = (1 + Math.sqrt(5)) / 2;
export let calls = 0;
export function fib(n: number): number {
  calls++;
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
export class Vec {
  static made = 0;
  constructor(
    readonly x: number,
    readonly y: number,
  ) {
    Vec.made++;
  }
  add(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  static zero(): Vec {
    return new Vec(0, 0);
  }
}
export enum Mode {
  Off,
  On = 5,
}
export const apply = (f: (x: number) => number, xs: number[]): number[] => xs.map(f);
export default function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
