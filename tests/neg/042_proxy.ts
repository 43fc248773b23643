const target = { a: 1 };
const p = new Proxy(target, {});
print(p.a);
// expect: TSFW1003 2:15
