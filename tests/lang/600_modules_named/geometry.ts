// Named exports of every kind: functions, classes, constants, a live `let`, an enum, types.
export interface Shape {
  area(): number;
  name: string;
}
export type Pair = [number, number];
export enum Unit {
  Mm,
  Cm = 10,
  M = 1000,
}
export const PI2 = Math.PI * 2;
export let created = 0;
export class Circle implements Shape {
  name = "circle";
  constructor(public r: number) {
    created++;
  }
  area(): number {
    return (PI2 / 2) * this.r * this.r;
  }
}
export class Rect implements Shape {
  name = "rect";
  constructor(
    public w: number,
    public h: number,
  ) {
    created++;
  }
  area(): number {
    return this.w * this.h;
  }
}
export function total(shapes: Shape[]): number {
  let t = 0;
  for (const s of shapes) t += s.area();
  return t;
}
export function scale([a, b]: Pair, k: number): Pair {
  return [a * k, b * k];
}
export function resetCount(): void {
  created = 0;
}
