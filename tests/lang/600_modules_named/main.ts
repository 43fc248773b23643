// An app split across files: named imports, renamed imports, type-only imports, and a
// live binding (created) that the importing file sees change.
import { Circle, Rect, total, scale, Unit, PI2, created, resetCount } from "./geometry";
import { total as sumAreas } from "./geometry";
import type { Shape, Pair } from "./geometry";

const shapes: Shape[] = [new Circle(1), new Rect(2, 3), new Circle(0.5)];
print("created", created);
print("total", total(shapes).toFixed(4), sumAreas(shapes) === total(shapes));
for (const s of shapes) print(s.name, s.area().toFixed(3));
const p: Pair = scale([2, 5], 3);
print("scaled", p, "units", Unit.Cm, Unit[1000], PI2.toFixed(5));
resetCount();
print("after reset", created);
new Rect(1, 1);
print("after one more", created);
const byName = new Map<string, number>();
for (const s of shapes) byName.set(s.name, (byName.get(s.name) ?? 0) + 1);
print(byName);
