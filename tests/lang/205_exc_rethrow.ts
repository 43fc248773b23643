// Rethrow the same value, or wrap it with a cause.
class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "ParseError";
  }
}

function parseLine(text: string, line: number): number {
  const n = parseInt(text, 10);
  if (Number.isNaN(n)) throw new ParseError(`line ${line}: '${text}' is not an integer`, line);
  return n;
}

function parseAll(lines: string[]): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    try {
      out.push(parseLine(l, i + 1));
    } catch (e) {
      if (e instanceof ParseError && l.trim() === "") return; // blank lines are skipped
      throw e;
    }
  });
  return out;
}

function load(lines: string[]): number[] {
  try {
    return parseAll(lines);
  } catch (e) {
    throw new Error("cannot load the file", { cause: e });
  }
}

for (const input of [["1", "2", "3"], ["4", " ", "5"], ["6", "seven", "8"]]) {
  try {
    console.log("loaded", load(input));
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    console.log(e.message);
    const cause = e.cause;
    if (cause instanceof ParseError) console.log("  cause:", cause.name, cause.message, "at line", cause.line);
  }
}

// the same object comes back
const original = new RangeError("identity");
let same = false;
try {
  try {
    throw original;
  } catch (e) {
    throw e;
  }
} catch (e) {
  same = e === original;
}
console.log("same object", same);
