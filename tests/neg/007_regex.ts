const s = "a1b2";
const digits = s.replace(/[0-9]/g, "");
print(digits);
// expect: TSFW1001 2:26
