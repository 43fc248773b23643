// Patterns whose type is string | RegExp, dispatched at run time; text patterns given to match,
// and search become RegExps, as JavaScript does.
const seps: (string | RegExp)[] = [",", /\s*;\s*/, "", /(-)/];
for (const sep of seps) print(String(sep), "a,b ; c-d".split(sep), "a,b ; c-d".split(sep, 2));
const pats: (string | RegExp)[] = ["b", /b/g, ".", /[.]/];
for (const p of pats) print(String(p), "abcb.b".replace(p, "[$&]"), "a.b".search(p), "abcb".match(p));
const all: (string | RegExp)[] = ["o", /o/g];
for (const p of all) print("foo boo".replaceAll(p, "0"));
print("a+b".match("a+"), "aab".match("a+"), "1.5".search("\\."));
const userSep = Math.random() < 2 ? "|" : ",";
print("a|b|c".split(userSep), "a|b".match(userSep), "a|b".search(userSep));
