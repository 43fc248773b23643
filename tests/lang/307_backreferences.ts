// Backreferences: doubled words, matching tags and quotes, and a group that did not take part.
const doubled = /\b(\w+)\s+\1\b/gi;
print("This is is a test test of the The parser".match(doubled));
print("This is is a test test".replace(doubled, "$1"));

const tag = /<(\w+)(?:\s[^>]*)?>(.*?)<\/\1>/g;
const html = '<b>bold</b> <i class="x">it</i> <b>bad</i> <p><em>deep</em></p>';
for (const m of html.matchAll(tag)) print(m[1], JSON.stringify(m[2]), m.index);

const quoted = /(["'])(.*?)\1/g;
print(`say "hi" and 'bye' but "mixed' "ok"`.match(quoted));
const pairs = [...`a="1" b='two' c="x'y"`.matchAll(/(\w)=(["'])(.*?)\2/g)].map((m) => `${m[1]}:${m[3]}`);
print(pairs);

// \1 before its group took part matches the empty string, as does a backreference to a skipped alternative
print(/(a)|\1b/.exec("b"), /(?:(x)|y)\1z/.exec("yz"));
print(/(\d)(\d)\2\1/.test("1221"), /(\d)(\d)\2\1/.test("1231"));
print("aaa bbb cc dddd".match(/(\w)\1{2,}/g));
print(/(?<ch>[a-z])\k<ch>/.exec("xyzzy"));
