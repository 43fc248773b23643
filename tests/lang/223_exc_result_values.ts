// Turning exceptions into values and back, with generics.
interface Ok<T> {
  ok: true;
  value: T;
}
interface Err {
  ok: false;
  error: string;
}
type Result<T> = Ok<T> | Err;

function attempt<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : "non-error " + String(e) };
  }
}

function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new Error("unwrap failed: " + r.error);
}

function parseCsvLine(line: string): number[] {
  return line.split(",").map((cell, i) => {
    const n = Number(cell);
    if (cell.trim() === "" || Number.isNaN(n)) throw new TypeError(`cell ${i} is not a number: '${cell}'`);
    return n;
  });
}

const lines = ["1,2,3", "4,,6", "7,eight,9", "10"];
const results = lines.map((l) => attempt(() => parseCsvLine(l)));
for (const r of results) console.log(JSON.stringify(r));
const good = results.filter((r) => r.ok).map((r) => unwrap(r));
console.log(good);
const sums = attempt(() => results.map((r) => unwrap(r).reduce((a, b) => a + b, 0)));
console.log(JSON.stringify(sums));
const strings = attempt<string>(() => {
  throw 404;
});
console.log(JSON.stringify(strings));
