// JSON.parse's reviver stays refused.
const data = JSON.parse('{"a":1}', (key, value) => value) as { a: number };
print(data.a);
// expect: TSFW1004 2:36
