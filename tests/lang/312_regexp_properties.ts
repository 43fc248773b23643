// RegExp properties, toString and the constructor from a RegExp or a string.
const all = /a\/b[/]c/dgimsuy;
print(all.source, all.flags, all.global, all.ignoreCase, all.multiline, all.dotAll, all.unicode, all.sticky, all.hasIndices);
print(String(all), `${all}`, all.toString());
const none = /x/;
print(none.flags === "", none.global, none.sticky, none.lastIndex);
print(new RegExp("").source, String(new RegExp("")), new RegExp("/").source, String(new RegExp("a/b", "g")));
print(new RegExp("\n").source, new RegExp("[\n]").toString());
const copy = new RegExp(all);
print(copy.flags, copy.source === all.source, copy === all);
const reflagged = new RegExp(/ab+c/gi, "m");
print(reflagged, reflagged.flags);
const fromText = new RegExp("^\\d{3}$");
print(fromText.test("123"), fromText.test("1234"), fromText);
print(RegExp("x+", "g"), RegExp("x+", "g").global);
print([/a/g, /b/i, new RegExp("c", "s")].map((r) => r.flags).join("|"));
print(/a/ instanceof RegExp, "a" instanceof Object);
const list = [/x/, /y/g];
for (const r of list) print(r.source + "/" + r.flags);
