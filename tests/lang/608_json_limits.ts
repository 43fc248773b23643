// JSON.parse's limits, set by the app: past one, a catchable RangeError; JSON.setLimits returns the
// previous limits, so that a handler can tighten them for one payload and restore them.
const defaults = JSON.getLimits();
print(defaults.maxDepth >= 64, defaults.maxBytes >= 16384);

const before = JSON.setLimits({ maxDepth: 3, maxBytes: 40 });
print(before.maxDepth === defaults.maxDepth, JSON.getLimits());
print(JSON.parse("[[[1]]]"), JSON.parse('{"a":{"b":[2]}}'));
const payloads = [
  "[[[[1]]]]",
  '{"a":[{"b":[]}]}',
  '"0123456789012345678901234567890123456789"',
  '["é", "ü", "0123456789012345678901234567"]',
  '["[[[[", "{{{{"]',
  "[[[1,]]",
  "[[[[1,]]]]",
  "[1, 2",
];
for (const p of payloads) {
  try {
    print("ok", JSON.stringify(JSON.parse(p)));
  } catch (e) {
    print(e instanceof RangeError ? "range" : e instanceof SyntaxError ? "syntax" : "other", (e as Error).message);
  }
}

// one limit at a time; the other stays
JSON.setLimits({ maxBytes: 1000 });
print(JSON.getLimits());
print((JSON.parse('{"big":"' + "x".repeat(900) + '"}') as { big: string }).big.length);

// bad limits are refused and change nothing
for (const bad of [0, -1, 2.5, NaN, 2 ** 32]) {
  try {
    JSON.setLimits({ maxDepth: bad });
  } catch (e) {
    print(String(e));
  }
}
print(JSON.getLimits());

// a typed parse reaches the limit the same way
interface Reading {
  id: number;
  tags: string[][];
}
try {
  const r = JSON.parse('{"id":1,"tags":[["a"],["b",["c"]]]}') as Reading;
  print(r.id);
} catch (e) {
  print(String(e));
}
const restored = JSON.setLimits(defaults);
print(restored, JSON.getLimits().maxDepth === defaults.maxDepth);
print(JSON.parse("[[[[[[1]]]]]]"));
