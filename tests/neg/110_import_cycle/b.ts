import { base } from "./app";
export function helper(n: number): number {
  return n + base;
}
