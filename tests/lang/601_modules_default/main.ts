// Default imports: a function, a class, an expression and a named declaration,
// under names the importer chooses, beside named imports of the same file.
import hello from "./greet";
import Stack, { fromArray } from "./stack";
import settings from "./config";
import limits from "./limits";

print(hello("device"), hello("world", true));
const s = fromArray([1, 2, 3]).push(4);
print(s.pop(), s.pop(), s.pop());
const t = new Stack<string>();
t.push("x").push("y");
print(t.pop(), t.pop(), t.pop());
print(settings, settings.port, settings.tags.join("+"));
print(limits.maxConnections * 2, limits);
import startLevel, { level, raise } from "./level";
raise();
print("level", startLevel, level);
