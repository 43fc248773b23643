// Syntax errors in a literal are tsc's own, at the offending character; the compiler adds no
// second error for the same literal, and reports the rest in the same pass.
const open = /(ab/;
const range = /[z-a]/;
const flagV = /a/v;
const lookbehind = /(?<=a*)b/;
print(open, range, flagV, lookbehind);
// expect: TS1005 3:18
// expect: TS1517 4:17
// expect: TS1501 5:18
// expect: TSFW1001 6:20
