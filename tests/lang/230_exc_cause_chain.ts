// Chains of causes: each layer wraps the error below it.
function readSensor(id: number): number {
  if (id === 3) throw new RangeError(`sensor ${id} is out of range`);
  if (id === 5) throw new TypeError(`sensor ${id} returned text`);
  return id * 1.5;
}

function readAll(ids: number[]): number[] {
  return ids.map((id) => {
    try {
      return readSensor(id);
    } catch (e) {
      throw new Error(`reading sensor ${id} failed`, { cause: e });
    }
  });
}

function report(ids: number[]): string {
  try {
    return "values " + readAll(ids).join(",");
  } catch (e) {
    throw new Error("report failed", { cause: e });
  }
}

function describe(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  while (cur instanceof Error) {
    parts.push(`${cur.name}(${cur.message})`);
    cur = cur.cause;
  }
  if (cur !== undefined) parts.push("value " + String(cur));
  return parts.join(" <- ");
}

for (const ids of [[1, 2], [1, 3, 4], [5], [2, 4, 6]]) {
  try {
    console.log(report(ids));
  } catch (e) {
    console.log(describe(e));
  }
}
console.log(describe(new Error("top", { cause: "a plain string" })));
