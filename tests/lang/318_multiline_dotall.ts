// ^ and $ with and without m, . with and without s, [^] and [\s\S], and line terminators.
const text = "first line\nsecond line\r\nthird\u2028fourth";
print(text.match(/^\w+/g), text.match(/^\w+/gm));
print(text.match(/\w+$/g), text.match(/\w+$/gm));
print(/first.second/.test(text), /first.*second/s.test(text), /line[^]second/.test(text), /line[\s\S]second/.test(text));
print(/third.fourth/.test(text), /third.fourth/s.test(text), text.split(/$/m).length);
print("a\nb\nc".replace(/^/gm, "# "), "a\nb".replace(/$/g, "!"));
const block = "BEGIN\nx=1\ny=2\nEND\nignored\nBEGIN\nz=3\nEND";
for (const m of block.matchAll(/^BEGIN\n([^]*?)^END$/gm)) print(JSON.stringify(m[1]));
print(/^$/m.test("a\n\nb"), /^$/.test("a\n\nb"), "a\n\nb".match(/^$/gm)!.length);
print(/a.c/.test("a\rc"), /a.c/.test("a\u2029c"), /a.c/s.test("a\u2029c"), /a.c/.test("a\tc"));
