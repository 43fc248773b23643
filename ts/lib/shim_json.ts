/**
 * JSON.getLimits and JSON.setLimits under node (ts/lib/device.d.ts), with the host build's defaults
 * and messages (components/runtime/core/json_parse.c): JSON.parse throws a RangeError for a text
 * longer than maxBytes (UTF-8) or nested deeper than maxDepth. A text that is both too deep and
 * malformed before that depth throws node's SyntaxError, as the native parser would. maxDepth bounds
 * JSON.stringify too, as natively: a result nested deeper throws the same RangeError.
 */
interface JSONLimits {
  maxDepth: number;
  maxBytes: number;
}

const limits: JSONLimits = { maxDepth: 1_000_000, maxBytes: 536_870_888 };
const nodeParse = JSON.parse;
const nodeStringify = JSON.stringify;

/** Where the text opens its (maxDepth + 1)th nested array or object, or -1. */
function tooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (depth === maxDepth) return i;
      depth++;
    } else if (c === "]" || c === "}") depth--;
  }
  return -1;
}

function parse(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
  const s = String(text);
  const bytes = Buffer.byteLength(s);
  if (bytes > limits.maxBytes)
    throw new RangeError(`JSON text of ${bytes} bytes exceeds the limit of ${limits.maxBytes} bytes (JSON.setLimits)`);
  const deep = tooDeepAt(s, limits.maxDepth);
  if (deep < 0) return nodeParse(s, reviver);
  try {
    nodeParse(s);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    if (at && Number(at[1]) < deep) throw e;
  }
  throw depthError();
}

function depthError(): RangeError {
  return new RangeError(`JSON nesting depth exceeds the limit of ${limits.maxDepth} (JSON.setLimits)`);
}

/** node's JSON.stringify, with the native writer's bound: its text nests no deeper than maxDepth. */
function stringify(...args: Parameters<typeof JSON.stringify>): string {
  const text = nodeStringify(...args);
  if (text !== undefined && tooDeepAt(text, limits.maxDepth) >= 0) throw depthError();
  return text;
}

function limitArg(given: Partial<JSONLimits>, key: keyof JSONLimits): number {
  const v = given[key];
  if (v === undefined) return limits[key];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 4294967295)
    throw new RangeError(
      `JSON.setLimits: ${key} must be an integer from 1 to 4294967295, got ${typeof v === "string" ? `'${v}'` : String(v)}`,
    );
  return v;
}

/** Puts JSON.getLimits, JSON.setLimits and the limited JSON.parse in place. */
export function install(): void {
  const json = JSON as unknown as Record<string, unknown>;
  json.parse = parse;
  json.stringify = stringify;
  json.getLimits = (): JSONLimits => ({ ...limits });
  json.setLimits = (given: Partial<JSONLimits>): JSONLimits => {
    const before = { ...limits };
    const maxDepth = limitArg(given, "maxDepth");
    limits.maxBytes = limitArg(given, "maxBytes");
    limits.maxDepth = maxDepth;
    return before;
  };
}
