// Everything through one barrel file: `export *`, renamed re-exports, a re-exported default
// and re-exported types.
import { shout, whisper, SEP, twice, square, sum, BANNER } from "./index";
import type { Item, Pred } from "./index";

const items: Item[] = [
  { id: 1, label: "Alpha" },
  { id: 2, label: "Beta" },
  { id: 3, label: "Gamma" },
];
const even: Pred<Item> = (x) => x.id % 2 === 0;
print(BANNER);
print(items.map((i) => shout(i.label)).join(SEP));
print(items.filter(even).map((i) => whisper(i.label)));
print(twice(21), square(12), sum(1, 2, 3, 4), sum());
