// A barrel file: re-exports, renamed and whole, of the other files.
export * from "./strings";
export { double as twice, square } from "./numbers";
export { default as sum } from "./numbers";
export type { Item, Pred } from "./types";
import { SEP } from "./strings";
export const BANNER = ["lib", "v1"].join(SEP);
