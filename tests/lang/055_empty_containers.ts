// Edge cases on empty containers: reduce with initial values, joins, Math on empty spreads, printing.
const empty: number[] = [];
console.log(empty, empty.length, empty.join(","), JSON.stringify(empty));
console.log(empty.reduce((a, b) => a + b, 0), empty.map((x) => x * 2), empty.filter(() => true));
console.log(empty.some((x) => x > 0), empty.every((x) => x > 0), empty.find((x) => x > 0), empty.findIndex((x) => x > 0));
console.log(empty.indexOf(1), empty.includes(0), empty.pop(), empty.shift(), empty.at(0), empty.slice(1));
console.log(Math.max(...empty), Math.min(...empty), [].concat(), empty.flat(), empty.reverse());

const emptyObj: Record<string, number> = {};
console.log(emptyObj, Object.keys(emptyObj), Object.values(emptyObj), Object.entries(emptyObj), JSON.stringify(emptyObj));
let loops = 0;
for (const k in emptyObj) loops += k.length;
for (const v of empty) loops += v;
console.log("loops:", loops);

const emptyStr = "";
console.log(JSON.stringify(emptyStr), emptyStr.length, emptyStr.split(""), emptyStr.split(","), [...emptyStr]);
console.log(emptyStr.padStart(3, "*"), emptyStr.repeat(5) === "", emptyStr.toUpperCase() === "", emptyStr.at(0), emptyStr.charAt(0) === "");
console.log(emptyStr.indexOf(""), "abc".indexOf(""), "abc".lastIndexOf(""), emptyStr.includes(""), emptyStr.startsWith(""));

const m = new Map<string, string[]>();
const s = new Set<number>();
console.log(m, s, m.size, s.size, [...m], [...s], m.get("x"));
console.log([[], {}, "", new Map(), new Set()]);
console.log({ a: [], b: {}, c: "", d: new Map<string, number>(), e: new Set<string>() });

function sum(...xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
console.log(sum(), sum(...empty), sum(1), sum(...[1, 2, 3]));
const nested: number[][] = [[], [], []];
console.log(nested, nested.flat(), nested.map((a) => a.length));
console.log(Array.from(""), Array.from(new Set<number>()), Array.from({ length: 0 }));
const grid: string[][] = [];
for (let r = 0; r < 3; r++) grid.push([]);
grid[1].push("x");
console.log(grid);
console.log(String([]), String([[]]), `${[]}`, [] + "");
