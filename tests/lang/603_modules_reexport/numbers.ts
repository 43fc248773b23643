export function double(n: number): number {
  return n * 2;
}
export function square(n: number): number {
  return n * n;
}
export default function sum(...xs: number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}
