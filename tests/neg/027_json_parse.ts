const data = JSON.parse('{"a":1}') as { a: number };
print(data.a);
// expect: TSFW1004 1:14
