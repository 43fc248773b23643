// JSON.parse gives unknown: its properties need narrowing first (TypeScript's own error).
const v = JSON.parse('{"a":1}');
print(v.a);
// expect: TS18046 3:7
