// Object.freeze of a literal where it is made: the readonly type is the only
// way to it, so reads behave as in node and writes are type errors.
const CONFIG = Object.freeze({ port: 8080, paths: ["/a", "/b"], name: "dev" });
const LEVELS = Object.freeze(["debug", "info", "warn"] as const);
const TABLE = Object.freeze({ a: 1, b: 2 } as const);

function level(i: number): string {
  return LEVELS[i] ?? "none";
}

console.log(CONFIG);
console.log(CONFIG.port + 1, CONFIG.paths.length, CONFIG.name.toUpperCase());
console.log(LEVELS, level(1), level(7));
console.log(Object.keys(TABLE), JSON.stringify(TABLE));
for (const [k, v] of Object.entries(TABLE)) console.log(k, v * 10);
