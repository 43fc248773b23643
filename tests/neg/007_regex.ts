// A literal PCRE2 cannot match as JavaScript does is a compile-time error at its position.
const s = "aab";
const found = s.replace(/(?<=a+)b/g, "B");
print(found);
// expect: TSFW1001 3:25
// hint: fixed length
