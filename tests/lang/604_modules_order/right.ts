import { note } from "./log";
print("right: init");
note("right");
export const side = "R";
