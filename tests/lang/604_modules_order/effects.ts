// Imported for its effect alone.
import { note } from "./log";
print("effects: init");
note("effects");
