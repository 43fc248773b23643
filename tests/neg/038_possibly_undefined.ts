const names: Map<string, string> = new Map();
const n: string = names.get("a");
print(n);
// expect: TS2322 2:7
