// Greedy, lazy and bounded quantifiers on markup and lists.
const s = "<p>one</p><p>two</p>";
print(s.match(/<p>.*<\/p>/)![0], s.match(/<p>.*?<\/p>/g), s.match(/<p>(.+?)<\/p>/)![1]);
print("aaaa".match(/a{2,3}/g), "aaaa".match(/a{2,3}?/g), "aaaa".match(/a{2}/g), "aaaaa".match(/a{2,}/g));
print("xAyAz".match(/x.*A/)![0], "xAyAz".match(/x.*?A/)![0], "abc".match(/.??b/)![0], "abc".match(/.?b/)![0]);
print('"a" "b" "c"'.match(/"[^"]*"/g), '"a" "b"'.match(/".*"/)![0]);
print("[[nested] [list]]".match(/\[[^\[\]]*\]/g), "a, b,c ,  d".split(/\s*,\s*/));
print("1122333".match(/(\d)\1*/g), "mississippi".match(/(?:ss|s)+/g), "mississippi".replace(/s+?/g, "S"));
print(/^(\w+?)(\d*)$/.exec("abc123"), /^(\w+)(\d*)$/.exec("abc123"));
