const s = "a,b";
print(s.localeCompare("b"), s.search("b"));
// expect: TSFW1004 2:31
