interface User { name: string; age?: number }
const u: User = { name: "a", age: 3 };
delete u.age;
print(u);
// expect: TSFW1001 3:1
