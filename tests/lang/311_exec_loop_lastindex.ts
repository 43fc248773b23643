// The classic exec loop over a global RegExp, and how lastIndex moves (and resets) between calls.
const re = /(\w+)@(\w+)\.com/g;
const text = "mail ann@example.com, bob@test.com and nobody@nowhere.org";
let m: RegExpExecArray | null;
while ((m = re.exec(text)) !== null) print(m[0], m[1], m[2], "index", m.index, "lastIndex", re.lastIndex);
print("after the loop", re.lastIndex);

const g = /o/g;
print(g.test("foo"), g.lastIndex, g.test("foo"), g.lastIndex, g.test("foo"), g.lastIndex);
g.lastIndex = 100;
print(g.exec("foo"), g.lastIndex);
g.lastIndex = -5;
print(g.exec("foo")?.index, g.lastIndex);
g.lastIndex = 1.7;
print(g.exec("foo")?.index, g.lastIndex);
const once = /o/;
once.lastIndex = 2;
print(once.exec("foo")?.index, once.lastIndex);
// match, replace and split ignore and reset lastIndex as the specification says
const gg = /a/g;
gg.lastIndex = 3;
print("banana".match(gg), gg.lastIndex);
gg.lastIndex = 3;
print("banana".replace(gg, "A"), gg.lastIndex);
gg.lastIndex = 3;
print("banana".search(gg), gg.lastIndex);
gg.lastIndex = 3;
print([..."banana".matchAll(gg)].map((x) => x.index), gg.lastIndex);
let count = 0;
const counter = /\d/g;
while (counter.test("a1b2c3d")) count++;
print("digits", count);
