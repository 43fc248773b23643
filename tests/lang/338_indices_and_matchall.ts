// The d flag's indices, and matchAll results spread, mapped and iterated.
const m = /(?<key>\w+)=(?<val>\w*)/d.exec("  alpha=beta ");
print(m!.indices, m!.indices![1], m!.indices!.groups);
const opt = /a(b)?(c)/d.exec("xac");
print(opt!.indices);
const re = /(\d+)([a-z]?)/g;
const src = "10a 7 300z 42";
const list = [...src.matchAll(re)];
print(list.length, list.map((x) => [x[0], x[1], x[2], x.index]));
print(Array.from(src.matchAll(re), (x) => Number(x[1]) * 2));
let total = 0;
for (const x of src.matchAll(re)) total += Number(x[1]);
print(total, re.lastIndex);
re.lastIndex = 4;
print([...src.matchAll(re)].map((x) => x.index), re.lastIndex);
print([..."".matchAll(/x/g)], [..."aaa".matchAll(/a/dg)].map((x) => x.indices![0]));
