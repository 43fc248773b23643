import { note } from "./log";
print("left: init");
note("left");
export const side = "L";
