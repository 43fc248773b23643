// Structural deep equality and deep cloning over JSON-like values, with a diff listing.
type J = null | boolean | number | string | J[] | { [k: string]: J };

function deepEqual(a: J, b: J): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const oa = a as { [k: string]: J };
  const ob = b as { [k: string]: J };
  const ka = Object.keys(oa);
  return ka.length === Object.keys(ob).length && ka.every((k) => k in ob && deepEqual(oa[k], ob[k]));
}
function clone(v: J): J {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(clone);
  const out: { [k: string]: J } = {};
  for (const k of Object.keys(v)) out[k] = clone(v[k]);
  return out;
}
function diff(a: J, b: J, path: string, out: string[]): void {
  if (deepEqual(a, b)) return;
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      if (!(k in a)) out.push(`+ ${path}.${k} = ${JSON.stringify(b[k])}`);
      else if (!(k in b)) out.push(`- ${path}.${k}`);
      else diff(a[k], b[k], `${path}.${k}`, out);
    }
  } else out.push(`~ ${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
}
const original: J = { name: "cfg", version: 3, flags: [true, false], nested: { a: [1, { b: 2 }], n: null, nan: NaN } };
const copy = clone(original);
console.log(deepEqual(original, copy), original === copy, JSON.stringify(copy));
if (copy && typeof copy === "object" && !Array.isArray(copy)) {
  copy.version = 4;
  copy.added = "yes";
  delete copy.flags;
  const nested = copy.nested;
  if (nested && typeof nested === "object" && !Array.isArray(nested)) nested.a = [1, { b: 3 }];
}
console.log(deepEqual(original, copy));
const changes: string[] = [];
diff(original, copy, "$", changes);
console.log(changes.join("\n"));
console.log(original);
console.log([deepEqual([1, [2]], [1, [2]]), deepEqual({ a: 1 }, { a: 1, b: 2 }), deepEqual([], {}), deepEqual(null, {}), deepEqual("1", 1), deepEqual(NaN, NaN)]);
