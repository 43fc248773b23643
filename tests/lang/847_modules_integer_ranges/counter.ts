// Integers across modules: a live exported `let` kept as an int32_t, a helper
// only this module calls (integer parameters), and exported functions, which
// other modules may call with anything.
export let ticks = 0;
export const LIMIT = 1000;

function wrap(x: number, m: number): number {
  return (x * 7 + 3) % m;
}

export function tick(): number {
  ticks = wrap(ticks, LIMIT);
  return ticks;
}

export function scaled(x: number): number {
  return (x * 3) % 5;
}

// called by name with integers only, and through the namespace with a fraction
export function third(x: number): number {
  return (x * 2) % 3;
}

export default function half(x: number): number {
  return x - (x % 2);
}
