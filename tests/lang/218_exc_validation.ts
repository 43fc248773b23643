// Validating a configuration object: errors name the path of the bad field.
class ValidationError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`${path}: expected ${expected}, got ${got}`);
    this.name = "ValidationError";
  }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function typeName(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function expectNumber(v: Json, path: string, min: number, max: number): number {
  if (typeof v !== "number") throw new ValidationError(path, "number", typeName(v));
  if (v < min || v > max) throw new RangeError(`${path}: ${v} is outside ${min}..${max}`);
  return v;
}

function validate(conf: { [k: string]: Json }): string {
  const port = expectNumber(conf["port"], "conf.port", 1, 65535);
  const readings = conf["readings"];
  if (!Array.isArray(readings)) throw new ValidationError("conf.readings", "array", typeName(readings));
  let total = 0;
  readings.forEach((r, i) => {
    if (typeof r !== "object" || r === null || Array.isArray(r))
      throw new ValidationError(`conf.readings[${i}]`, "object", typeName(r));
    total += expectNumber(r["value"], `conf.readings[${i}].value`, -100, 100);
  });
  return `port ${port}, ${readings.length} readings, total ${total}`;
}

const configs: { [k: string]: Json }[] = [
  { port: 8080, readings: [{ value: 1 }, { value: 2.5 }] },
  { port: "80", readings: [] },
  { port: 70000, readings: [] },
  { port: 80, readings: { value: 1 } },
  { port: 80, readings: [{ value: 1 }, 7] },
  { port: 80, readings: [{ value: 1 }, { value: "high" }] },
  { port: 80, readings: [{ value: 1 }, { value: 1000 }] },
];
const summary: string[] = [];
for (const conf of configs) {
  try {
    console.log("valid:", validate(conf));
    summary.push("ok");
  } catch (e) {
    if (e instanceof ValidationError) {
      console.log("invalid:", e.message, "|", e.path, e.expected, e.got);
      summary.push("type");
    } else if (e instanceof RangeError) {
      console.log("out of range:", e.message);
      summary.push("range");
    } else throw e;
  }
}
console.log(summary.join(" "));
