const s = "a,b";
print(s.localeCompare("b"), s.normalize("NFC"));
// expect: TSFW1004 2:31
