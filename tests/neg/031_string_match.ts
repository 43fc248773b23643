const s = "hello";
print(s.normalize("NFC"));
// expect: TSFW1004 2:9
