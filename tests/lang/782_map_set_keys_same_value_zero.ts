// SameValueZero keys: NaN equals NaN, -0 is +0 (and is printed as 0 when it
// was the key stored), objects by identity, strings by content, and keys of
// different types stay distinct ("1" and 1, null and undefined).
const m = new Map<unknown, string>();
m.set(NaN, "nan");
m.set(0 / 0, "nan2");
m.set(-0, "minus zero");
m.set(0, "zero");
m.set("1", "string one");
m.set(1, "number one");
m.set(null, "null");
m.set(undefined, "undefined");
const o = { a: 1 };
m.set(o, "object");
m.set({ a: 1 }, "other object");
m.set("k" + 1, "built string");
m.set("k1", "literal string");
console.log(m.size, m.get(NaN), m.get(0), m.get(-0), m.get(o), m.get({ a: 1 }), m.get("k1"));
console.log(m);
console.log([...m.keys()].map((k) => k === 0 && 1 / (k as number) === -Infinity));
const s = new Set<number>([NaN, -0, 0, NaN, 1 / -Infinity]);
console.log(s, s.size, s.has(-0), s.has(NaN));
console.log(m.delete(-0), m.has(0), m.delete(NaN), m.has(NaN), m.size);
m.set(NaN, "back");
console.log([...m.values()].slice(-2));
